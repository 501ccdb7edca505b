using System.Net;
using System.Text.Json;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Items;

/// <summary>Reads the answers of <see cref="ItemConcurrencyRequests"/> and the ETag of an item read.</summary>
public static class ItemConcurrencyResponses
{
    /// <summary>
    /// The item's ETag: the answer's <c>ETag</c> header (how SharePoint sends it for a single item under
    /// <c>odata=nometadata</c>, and with an update's <c>204</c>), else an <c>odata.etag</c> in the body; <c>null</c>
    /// when neither is there.
    /// </summary>
    public static ItemETag? ETag(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.GetHeader("ETag") is { Length: > 0 } header)
        {
            return ItemETag.From(header);
        }

        if (response.Content.Length > 0 && response.Content.Span[0] == (byte)'{')
        {
            using var document = JsonDocument.Parse(response.Content);
            if (document.RootElement.TryGetProperty("odata.etag", out var etag) && etag.GetString() is { Length: > 0 } value)
            {
                return ItemETag.From(value);
            }
        }

        return null;
    }

    /// <summary>An item read with <see cref="ItemRequests.Get"/>, with its ETag.</summary>
    /// <exception cref="JsonException">The body is not an item, or the answer carries no ETag to update against.</exception>
    public static VersionedItem Versioned(WireResponse response)
    {
        var item = ItemResponses.Item(response);
        return new VersionedItem(item, ETag(response)
            ?? throw new JsonException($"Item {item.Id} came without an ETag (neither an ETag header nor odata.etag); it cannot be updated conditionally."));
    }

    /// <summary>The <c>ListItemEntityTypeFullName</c> of <see cref="ItemConcurrencyRequests.EntityTypeFullName"/>'s answer.</summary>
    /// <exception cref="JsonException">The body has no such name.</exception>
    public static string EntityTypeFullName(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var name = response.ReadJson<EntityType>().ListItemEntityTypeFullName;
        return string.IsNullOrWhiteSpace(name) ? throw new JsonException("The list came without its ListItemEntityTypeFullName.") : name;
    }

    /// <summary>
    /// The outcome of <see cref="ItemConcurrencyRequests.UpdateIfMatch"/>: <c>2xx</c> updated (with the new ETag when
    /// the answer carries one), <c>412</c> changed since read. Any other answer is a failure.
    /// </summary>
    /// <exception cref="SharePointServiceException">The answer is neither a success nor 412.</exception>
    public static ConditionalUpdateResult UpdateResult(WireResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status == HttpStatusCode.PreconditionFailed)
        {
            return new ConditionalUpdateResult(ConditionalUpdateOutcome.ChangedSinceRead, null);
        }

        response.EnsureSuccess();
        return new ConditionalUpdateResult(ConditionalUpdateOutcome.Updated, ETag(response));
    }

    private sealed record EntityType(string? ListItemEntityTypeFullName);
}
