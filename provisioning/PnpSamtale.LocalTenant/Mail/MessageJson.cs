using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// The Graph <c>message</c> of a stored message (the properties of user-post-messages' answer that the subset keeps),
/// narrowed by <c>$select</c> — <c>id</c> always — and with the one extended property asked for by <c>$expand</c>,
/// when the message has it (a message without it carries no <c>singleValueExtendedProperties</c>).
/// </summary>
internal static class MessageJson
{
    /// <summary>The properties a message has, and <c>$select</c> may name.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "sentDateTime", "hasAttachments", "internetMessageId",
        "subject", "bodyPreview", "importance", "parentFolderId", "conversationId", "isRead", "isDraft", "body", "from", "sender",
        "toRecipients", "ccRecipients", "bccRecipients", "replyTo",
    ];

    /// <summary>The message as the request asks for it.</summary>
    public static JsonObject Of(MailMessageRecord message, bool immutable, MessageQuery query)
    {
        var full = Full(message, immutable);
        var json = new JsonObject { ["@odata.etag"] = "W/\"" + full["changeKey"]!.GetValue<string>() + "\"" };
        foreach (var (name, value) in full)
        {
            if (name == "id" || query.Select.Count == 0 || query.Select.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                json[name] = value?.DeepClone();
            }
        }

        if (query.Expand is { } expand && message.Properties.FirstOrDefault(p => ExtendedPropertyId.Parse(p.Id)?.SameAs(expand) == true) is { } property)
        {
            json["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = property.Id, ["value"] = property.Value });
        }

        return json;
    }

    private static JsonObject Full(MailMessageRecord message, bool immutable)
    {
        var from = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = message.Mailbox, ["address"] = message.Mailbox } };
        return new JsonObject
        {
            ["id"] = MessageIds.Of(message, immutable),
            ["createdDateTime"] = StoreValues.Text(message.Created),
            ["lastModifiedDateTime"] = StoreValues.Text(message.Sent ?? message.Created),
            ["changeKey"] = Convert.ToBase64String(message.Id.ToByteArray()[..8]) + message.Generation,
            ["sentDateTime"] = message.Sent is { } sent ? StoreValues.Text(sent) : null,
            ["hasAttachments"] = message.HasAttachments,
            ["internetMessageId"] = message.InternetMessageId,
            ["subject"] = message.Subject,
            ["bodyPreview"] = message.Content.Length > 255 ? message.Content[..255] : message.Content,
            ["importance"] = "normal",
            ["parentFolderId"] = MessageIds.FolderId(message.Mailbox, message.Folder),
            ["conversationId"] = "AAQkAD" + Convert.ToBase64String(message.Id.ToByteArray()).Replace('+', '-').Replace('/', '_'),
            ["isRead"] = true,
            ["isDraft"] = message.IsDraft,
            ["body"] = new JsonObject { ["contentType"] = message.ContentType, ["content"] = message.Content },
            ["from"] = from.DeepClone(),
            ["sender"] = from,
            ["toRecipients"] = Recipients(message.To),
            ["ccRecipients"] = Recipients(message.Cc),
            ["bccRecipients"] = new JsonArray(),
            ["replyTo"] = new JsonArray(),
        };
    }

    private static JsonArray Recipients(IReadOnlyList<string> addresses) =>
        [.. addresses.Select(a => (JsonNode)new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = a, ["address"] = a } })];
}
