using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>The files of the mailboxes' messages, by message id (a sent message keeps its id, so its files stay with it).</summary>
internal static class AttachmentStore
{
    /// <summary>Stores the files of a new message, in order.</summary>
    public static void Insert(StoreSession session, Guid messageId, IReadOnlyList<StoredAttachment> attachments)
    {
        for (var i = 0; i < attachments.Count; i++)
        {
            session.Execute(
                "INSERT INTO mail_attachments (message_id, position, name, content_type, content) VALUES (@id, @position, @name, @type, @content)",
                ("@id", StoreValues.Text(messageId)),
                ("@position", i),
                ("@name", attachments[i].Name),
                ("@type", attachments[i].ContentType),
                ("@content", attachments[i].Content));
        }
    }

    /// <summary>The files of a message, in the order they were given.</summary>
    public static List<StoredAttachment> Of(StoreSession session, Guid messageId) => session.Query(
        "SELECT name, content_type, content FROM mail_attachments WHERE message_id = @id ORDER BY position",
        r => new StoredAttachment(r.GetText("name"), r.GetText("content_type"), (byte[])r["content"]),
        ("@id", StoreValues.Text(messageId)));

    /// <summary>Removes the files of a deleted message.</summary>
    public static void Delete(StoreSession session, Guid messageId) =>
        session.Execute("DELETE FROM mail_attachments WHERE message_id = @id", ("@id", StoreValues.Text(messageId)));
}
