using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// Builders for updating an item only if it has not changed since it was read (optimistic concurrency): read the item
/// with <see cref="ItemRequests.Get"/> (its answer's <c>ETag</c> header is the version), then <see cref="UpdateIfMatch"/>.
/// </summary>
public static class ItemConcurrencyRequests
{
    /// <summary>
    /// <c>GET {site}/_api/web/lists(guid'{id}')?$select=ListItemEntityTypeFullName</c>: the type name an item update must
    /// carry in <c>__metadata</c>, e.g. <c>SP.Data.RunderListItem</c> ("you must know the ListItemEntityTypeFullName
    /// property of the list", sp-dev-docs "Working with lists and list items with REST").
    /// </summary>
    public static WireRequest EntityTypeFullName(Uri site, Guid listId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ListRequests.ById(listId) + "?$select=ListItemEntityTypeFullName"));

    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/items({itemId})</c> with <c>X-HTTP-Method: MERGE</c>,
    /// <c>IF-MATCH: {the ETag read}</c>, <c>Content-Type: application/json;odata=verbose</c> and
    /// <c>{"__metadata":{"type":"{entityTypeFullName}"},"{Name}":value,…}</c>: SharePoint writes the values only when the
    /// item's ETag is still the update's (<c>204</c> with the new <c>ETag</c>), else answers
    /// <c>412 Precondition Failed</c> and writes nothing. Not idempotent: were it re-sent after its answer was lost, a
    /// write that did happen would come back as 412, reporting the caller's own write as someone else's — so a lost
    /// answer is resolved by reading the item back, never by sending again.
    /// </summary>
    public static WireRequest UpdateIfMatch(Uri site, Guid listId, string entityTypeFullName, ConditionalUpdate update)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityTypeFullName);
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(update.Values);
        if (update.ETag.Value is null)
        {
            throw new ArgumentException("The update needs the ETag read with the item (or ItemETag.Any).", nameof(update));
        }

        var body = new JsonObject { ["__metadata"] = new JsonObject { ["type"] = entityTypeFullName } };
        foreach (var value in update.Values)
        {
            if (body.ContainsKey(value.Name))
            {
                throw new ArgumentException($"The property '{value.Name}' is set twice in one update.", nameof(update));
            }

            body[value.Name] = value.Value?.DeepClone();
        }

        WireHeader[] headers =
        [
            new("Accept", MediaTypes.SharePointAccept),
            new("X-HTTP-Method", "MERGE"),
            new("IF-MATCH", update.ETag.Value),
        ];
        var uri = SharePointRequest.Api(site, ItemRequests.Item(listId, update.ItemId));
        return new WireRequest(HttpMethod.Post, uri, headers, WireBody.Json(MediaTypes.SharePointWrite, body)) { Idempotent = false };
    }
}
