using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>Mail "sent" through Graph <c>sendMail</c>: kept in the outbox, delivered nowhere.</summary>
internal static class OutboxStore
{
    /// <summary>Adds a sent message.</summary>
    public static void Add(StoreSession session, SentMail mail) => session.Execute(
        "INSERT INTO outbox (id, sent_at, sender, recipients, cc, subject, body) VALUES (@id, @sent, @from, @to, @cc, @subject, @body)",
        ("@id", StoreValues.Text(mail.Id)),
        ("@sent", StoreValues.Text(mail.SentAt)),
        ("@from", mail.From),
        ("@to", JsonSerializer.Serialize(mail.To)),
        ("@cc", JsonSerializer.Serialize(mail.Cc)),
        ("@subject", mail.Subject),
        ("@body", mail.Body));

    /// <summary>Every sent message, oldest first.</summary>
    public static List<SentMail> All(StoreSession session) => session.Query(
        "SELECT id, sent_at, sender, recipients, cc, subject, body FROM outbox ORDER BY seq",
        r => new SentMail(
            r.GetGuid("id"),
            r.GetTime("sent_at"),
            r.GetText("sender"),
            JsonSerializer.Deserialize<List<string>>(r.GetText("recipients")) ?? [],
            JsonSerializer.Deserialize<List<string>>(r.GetText("cc")) ?? [],
            r.GetText("subject"),
            r.GetText("body")))
        .Select(mail => mail with { Attachments = Mail.AttachmentStore.Of(session, mail.Id) })
        .ToList();
}

/// <summary>A message in the outbox.</summary>
/// <param name="Id">Its id.</param>
/// <param name="SentAt">When the tenant accepted it (the tenant's clock).</param>
/// <param name="From">The sending mailbox.</param>
/// <param name="To">The recipients.</param>
/// <param name="Cc">The copy recipients.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Body">The body as sent.</param>
public sealed record SentMail(Guid Id, DateTimeOffset SentAt, string From, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string Subject, string Body)
{
    /// <summary>The files sent with it (a draft's attachments; <c>sendMail</c> here sends none). Default none.</summary>
    public IReadOnlyList<Mail.StoredAttachment> Attachments { get; init; } = [];

    /// <summary>The shape of <c>GET /_local/outbox</c>.</summary>
    internal JsonObject ToJson() => new()
    {
        ["id"] = StoreValues.Text(Id),
        ["sentAt"] = StoreValues.Text(SentAt),
        ["from"] = From,
        ["to"] = new JsonArray([.. To.Select(a => (JsonNode?)a)]),
        ["cc"] = new JsonArray([.. Cc.Select(a => (JsonNode?)a)]),
        ["subject"] = Subject,
        ["body"] = Body,
        ["attachments"] = new JsonArray([.. Attachments.Select(a => (JsonNode?)new JsonObject
        {
            ["name"] = a.Name,
            ["contentType"] = a.ContentType,
            ["contentBytes"] = Convert.ToBase64String(a.Content),
        })]),
    };
}
