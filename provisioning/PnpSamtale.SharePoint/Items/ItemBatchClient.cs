using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// Many items of one list through SharePoint <c>$batch</c> (100 operations per request, throttled operations
/// re-sent on their own). Each operation succeeds or fails on its own: one result per input, in input order.
/// </summary>
public sealed class ItemBatchClient
{
    private readonly SharePointBatchExecutor batches;
    private readonly RegionalSettingsClient regional;

    /// <summary>Creates the client.</summary>
    public ItemBatchClient(SharePointBatchExecutor batches, RegionalSettingsClient regional)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(regional);
        this.batches = batches;
        this.regional = regional;
    }

    /// <summary>Adds one item per entry of <paramref name="items"/>.</summary>
    public async Task<IReadOnlyList<BatchResult<ItemWriteResult>>> AddItemsAsync(
        Uri site, Guid listId, IReadOnlyList<IReadOnlyList<FormValue>> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var requests = items.Select(values => ItemRequests.Add(site, listId, values, settings)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return BatchResult<ItemWriteResult>.From(responses, response => ItemResponses.WriteResult(response));
    }

    /// <summary>Adds one item per entry of <paramref name="items"/> in the folder; each inherits the folder's permissions.</summary>
    public async Task<IReadOnlyList<BatchResult<ItemWriteResult>>> AddItemsInFolderAsync(
        Uri site, Guid listId, string folderServerRelativeUrl, IReadOnlyList<IReadOnlyList<FormValue>> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var requests = items.Select(values => ItemRequests.AddInFolder(site, listId, folderServerRelativeUrl, values, settings)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return BatchResult<ItemWriteResult>.From(responses, response => ItemResponses.WriteResult(response));
    }

    /// <summary>Updates the items.</summary>
    public async Task<IReadOnlyList<BatchResult<ItemWriteResult>>> UpdateItemsAsync(
        Uri site, Guid listId, IReadOnlyList<ItemUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var requests = updates.Select(u => ItemRequests.Update(site, listId, u.ItemId, u.Values, settings)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return responses
            .Select((response, i) => response.ToError() is { } error
                ? new BatchResult<ItemWriteResult>(i, null, error)
                : new BatchResult<ItemWriteResult>(i, ItemResponses.WriteResult(response, updates[i].ItemId), null))
            .ToArray();
    }

    /// <summary>Deletes the items permanently (no recycle bin entries).</summary>
    public async Task<IReadOnlyList<BatchResult>> DeleteItemsAsync(
        Uri site, Guid listId, IReadOnlyList<int> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var requests = itemIds.Select(id => ItemRequests.Delete(site, listId, id)).ToArray();
        return BatchResult.From(await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Recycles the items; each result holds the recycle bin item id.</summary>
    public async Task<IReadOnlyList<BatchResult<Guid>>> RecycleItemsAsync(
        Uri site, Guid listId, IReadOnlyList<int> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var requests = itemIds.Select(id => ItemRequests.Recycle(site, listId, id)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return BatchResult<Guid>.From(responses, ItemResponses.RecycleBinId);
    }

    /// <summary>Reads the items (<c>Id</c>, <c>Title</c>, the fields and <c>HasUniqueRoleAssignments</c>); a missing item is a 404 result.</summary>
    public async Task<IReadOnlyList<BatchResult<ListItem>>> GetItemsAsync(
        Uri site, Guid listId, IReadOnlyList<int> itemIds, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var requests = itemIds.Select(id => ItemRequests.Get(site, listId, id, fields)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return BatchResult<ListItem>.From(responses, ItemResponses.Item);
    }
}
