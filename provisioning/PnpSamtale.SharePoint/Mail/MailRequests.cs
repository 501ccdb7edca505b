using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Mail;

/// <summary>Builders for mail (Graph).</summary>
public static class MailRequests
{
    /// <summary>
    /// <c>POST {graph}/users/{sender}/sendMail</c> with
    /// <c>{"message":{"subject","body":{"contentType","content"},"toRecipients":[{"emailAddress":{"address","name"}}],"ccRecipients":[…]},"saveToSentItems":false}</c>.
    /// </summary>
    public static WireRequest SendMail(Uri graphBase, string sender, MailMessage message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sender);
        ArgumentNullException.ThrowIfNull(message);
        var body = new JsonObject
        {
            ["message"] = Message(message),
            ["saveToSentItems"] = false,
        };
        return GraphRequest.Post(GraphRequest.Api(graphBase, "users/" + ODataLiteral.Segment(sender) + "/sendMail"), body);
    }

    /// <summary>
    /// <c>{"subject","body":{"contentType","content"},"toRecipients":[{"emailAddress":{"address","name"}}],"ccRecipients":[…]}</c>,
    /// and when the message has files <c>"attachments":[{"@odata.type":"#microsoft.graph.fileAttachment","name","contentType","contentBytes"}]</c>
    /// (message-post-attachments: a file under 3 MB goes inline with the message, its bytes in base64).
    /// </summary>
    internal static JsonObject Message(MailMessage message)
    {
        var json = new JsonObject
        {
            ["subject"] = message.Subject,
            ["body"] = new JsonObject
            {
                ["contentType"] = message.ContentType == MailContentType.Html ? "HTML" : "Text",
                ["content"] = message.Content,
            },
            ["toRecipients"] = Recipients(message.To),
            ["ccRecipients"] = Recipients(message.Cc),
        };
        if (message.Attachments.Count > 0)
        {
            json["attachments"] = new JsonArray([.. message.Attachments.Select(Attachment)]);
        }

        return json;
    }

    private static JsonNode Attachment(MailAttachment attachment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attachment.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachment.ContentType);
        if (attachment.Content.Length > MailAttachment.MaxInlineBytes)
        {
            throw new ArgumentException($"The attachment '{attachment.Name}' has {attachment.Content.Length} bytes; Graph takes only files under 3 MB inline with a message.", nameof(attachment));
        }

        return new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.fileAttachment",
            ["name"] = attachment.Name,
            ["contentType"] = attachment.ContentType,
            ["contentBytes"] = Convert.ToBase64String(attachment.Content.Span),
        };
    }

    private static JsonArray Recipients(IReadOnlyList<MailRecipient> recipients)
    {
        var array = new JsonArray();
        foreach (var recipient in recipients)
        {
            var address = new JsonObject { ["address"] = recipient.Address };
            if (recipient.Name is not null)
            {
                address["name"] = recipient.Name;
            }

            array.Add(new JsonObject { ["emailAddress"] = address });
        }

        return array;
    }
}
