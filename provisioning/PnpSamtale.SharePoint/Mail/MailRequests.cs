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

    /// <summary><c>{"subject","body":{"contentType","content"},"toRecipients":[{"emailAddress":{"address","name"}}],"ccRecipients":[…]}</c>.</summary>
    internal static JsonObject Message(MailMessage message) => new()
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
