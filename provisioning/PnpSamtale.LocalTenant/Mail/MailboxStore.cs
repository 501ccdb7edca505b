using System.Text.Json;
using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>Messages of the mailboxes in the database.</summary>
internal static class MailboxStore
{
    private const string Columns = "id, mailbox, folder, generation, created, sent, visible_from, subject, content_type, content, recipients, cc, properties";

    // What a read selects: the columns, and whether the message has files (Graph's hasAttachments).
    private const string Read = Columns + ", EXISTS (SELECT 1 FROM mail_attachments a WHERE a.message_id = mail_messages.id) AS has_attachments";

    /// <summary>Adds a message.</summary>
    public static void Insert(StoreSession session, MailMessageRecord message) => session.Execute(
        $"INSERT INTO mail_messages ({Columns}) VALUES (@id, @mailbox, @folder, @generation, @created, @sent, @visible, @subject, @type, @content, @to, @cc, @properties)",
        ("@id", StoreValues.Text(message.Id)),
        ("@mailbox", message.Mailbox),
        ("@folder", Name(message.Folder)),
        ("@generation", message.Generation),
        ("@created", StoreValues.Text(message.Created)),
        ("@sent", message.Sent is { } sent ? StoreValues.Text(sent) : null),
        ("@visible", message.VisibleFrom is { } visible ? StoreValues.Text(visible) : null),
        ("@subject", message.Subject),
        ("@type", message.ContentType),
        ("@content", message.Content),
        ("@to", JsonSerializer.Serialize(message.To)),
        ("@cc", JsonSerializer.Serialize(message.Cc)),
        ("@properties", JsonSerializer.Serialize(message.Properties.Select(p => new[] { p.Id, p.Value }))));

    /// <summary>The message of the mailbox with the id, or null.</summary>
    public static MailMessageRecord? Find(StoreSession session, string mailbox, Guid id) =>
        session.First($"SELECT {Read} FROM mail_messages WHERE mailbox = @mailbox AND id = @id", Map, ("@mailbox", mailbox), ("@id", StoreValues.Text(id)));

    /// <summary>The messages of a folder, oldest first.</summary>
    public static List<MailMessageRecord> InFolder(StoreSession session, string mailbox, MailFolder folder) =>
        session.Query($"SELECT {Read} FROM mail_messages WHERE mailbox = @mailbox AND folder = @folder ORDER BY seq", Map, ("@mailbox", mailbox), ("@folder", Name(folder)));

    /// <summary>Moves a draft to Sent Items as sent at <paramref name="sent"/>, to appear there from <paramref name="visibleFrom"/>.</summary>
    public static MailMessageRecord MarkSent(StoreSession session, MailMessageRecord draft, DateTimeOffset sent, DateTimeOffset visibleFrom)
    {
        var copy = draft with { Folder = MailFolder.SentItems, Generation = draft.Generation + 1, Sent = sent, VisibleFrom = visibleFrom };
        session.Execute(
            "UPDATE mail_messages SET folder = @folder, generation = @generation, sent = @sent, visible_from = @visible WHERE id = @id",
            ("@folder", Name(copy.Folder)),
            ("@generation", copy.Generation),
            ("@sent", StoreValues.Text(sent)),
            ("@visible", StoreValues.Text(visibleFrom)),
            ("@id", StoreValues.Text(copy.Id)));
        return copy;
    }

    /// <summary>Removes a message.</summary>
    public static void Delete(StoreSession session, MailMessageRecord message) =>
        session.Execute("DELETE FROM mail_messages WHERE id = @id", ("@id", StoreValues.Text(message.Id)));

    /// <summary>The stored name of a folder (its well-known name).</summary>
    public static string Name(MailFolder folder) => folder == MailFolder.Drafts ? "drafts" : "sentitems";

    private static MailMessageRecord Map(SqliteDataReader r) => new(
        r.GetGuid("id"),
        r.GetText("mailbox"),
        r.GetText("folder") == "drafts" ? MailFolder.Drafts : MailFolder.SentItems,
        r.GetInt("generation"),
        r.GetTime("created"),
        r.GetNullableText("sent") is { } sent ? StoreValues.ParseTime(sent) : null,
        r.GetNullableText("visible_from") is { } visible ? StoreValues.ParseTime(visible) : null,
        r.GetText("subject"),
        r.GetText("content_type"),
        r.GetText("content"),
        JsonSerializer.Deserialize<List<string>>(r.GetText("recipients")) ?? [],
        JsonSerializer.Deserialize<List<string>>(r.GetText("cc")) ?? [],
        [.. (JsonSerializer.Deserialize<List<string[]>>(r.GetText("properties")) ?? []).Select(p => new ExtendedProperty(p[0], p[1]))])
    {
        HasAttachments = r.GetInt("has_attachments") != 0,
    };
}
