using System.Net;
using System.Text.Json;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Mail;

/// <summary>Reads the answers of <see cref="MailboxRequests"/>.</summary>
public static class MailboxResponses
{
    /// <summary>The draft <see cref="MailboxRequests.CreateDraft"/> made: <c>{"id","internetMessageId",…}</c>.</summary>
    /// <exception cref="JsonException">The body has no id.</exception>
    public static MailDraft Draft(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var message = response.ReadJson<MessageJson>();
        return string.IsNullOrEmpty(message.Id) ? throw new JsonException("The created message came without an id.") : new MailDraft(message.Id, message.InternetMessageId);
    }

    /// <summary>
    /// The outcome of <see cref="MailboxRequests.Send"/>: <c>202</c> sent; <c>404 ErrorItemNotFound</c> no such draft
    /// (sent already, being sent, or deleted).
    /// </summary>
    /// <exception cref="SharePointServiceException">Any other answer.</exception>
    public static MailSendOutcome SendOutcome(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.ToError() is { Status: HttpStatusCode.NotFound, Code: "ErrorItemNotFound" })
        {
            return MailSendOutcome.NoSuchDraft;
        }

        response.EnsureSuccess();
        return MailSendOutcome.Sent;
    }

    /// <summary>
    /// One page of <see cref="MailboxRequests.FindByKey"/>'s answer: the messages, each of which must carry the expanded
    /// property with the key's value (compared without regard to case, as Graph filters it), and the next page's link.
    /// </summary>
    /// <exception cref="JsonException">The body is not a page of messages, or a message does not carry the key.</exception>
    public static (IReadOnlyList<KeyedMessage> Messages, Uri? NextLink) Found(WireResponse response, MailKey key)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(key);
        var page = response.ReadJson<MessagePage>();
        var messages = new List<KeyedMessage>();
        foreach (var message in page.Value ?? throw new JsonException("The answer to a search by key has no \"value\" list of messages."))
        {
            var carried = message.SingleValueExtendedProperties?.FirstOrDefault(p => string.Equals(p.Id, key.PropertyId, StringComparison.OrdinalIgnoreCase))?.Value;
            if (string.IsNullOrEmpty(message.Id) || !string.Equals(carried, key.Value, StringComparison.OrdinalIgnoreCase))
            {
                throw new JsonException("A message found by its key came without that key expanded; the filter or the expansion was not applied, and no message is taken as sent on that evidence.");
            }

            messages.Add(new KeyedMessage(message.Id, message.IsDraft ?? false, message.SentDateTime));
        }

        return (messages, page.NextLink is { Length: > 0 } next ? new Uri(next, UriKind.Absolute) : null);
    }

    private sealed record MessageJson(string? Id, string? InternetMessageId, bool? IsDraft, DateTimeOffset? SentDateTime, IReadOnlyList<PropertyJson>? SingleValueExtendedProperties);

    private sealed record PropertyJson(string? Id, string? Value);

    private sealed record MessagePage(IReadOnlyList<MessageJson>? Value)
    {
        [System.Text.Json.Serialization.JsonPropertyName("@odata.nextLink")]
        public string? NextLink { get; init; }
    }
}
