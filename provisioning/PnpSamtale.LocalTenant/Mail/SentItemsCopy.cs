using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Graph;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// The Sent Items copy <c>sendMail</c> keeps unless <c>saveToSentItems</c> is <c>false</c> (its default is true,
/// user-sendmail): subject, body, recipients and single-value extended properties, shown after
/// <see cref="LocalTenantOptions.SentItemsDelay"/> like a sent draft.
/// </summary>
internal static class SentItemsCopy
{
    /// <summary>Stores the copy of a message <c>sendMail</c> sent at <paramref name="sent"/>, if the request asks for one.</summary>
    public static void Keep(StoreSession session, JsonObject request, SentMail mail, DateTimeOffset sent, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(mail);
        if (request.Bool("saveToSentItems") == false || request.Object("message") is not { } message)
        {
            return;
        }

        var properties = message.Array("singleValueExtendedProperties")
            .OfType<JsonObject>()
            .Select(p => (Id: p.String("id"), Value: p.String("value")))
            .Where(p => ExtendedPropertyId.Parse(p.Id) is not null && p.Value is not null)
            .Select(p => new ExtendedProperty(p.Id!, p.Value!))
            .ToList();
        var contentType = message.Object("body")?.String("contentType")?.ToLowerInvariant() == "html" ? "html" : "text";
        MailboxStore.Insert(session, new MailMessageRecord(
            mail.Id, mail.From, MailFolder.SentItems, 1, sent, sent, sent + delay, mail.Subject, contentType, mail.Body, mail.To, mail.Cc, properties));
    }
}
