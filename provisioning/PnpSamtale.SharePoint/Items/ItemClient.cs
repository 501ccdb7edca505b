using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// One item at a time: add, update, read, query (all pages), versions, delete and recycle. For many items in one
/// site use <see cref="ItemBatchClient"/>.
/// </summary>
public sealed class ItemClient
{
    private readonly WireTransport transport;
    private readonly RegionalSettingsClient regional;

    /// <summary>Creates the client.</summary>
    public ItemClient(WireTransport transport, RegionalSettingsClient regional)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(regional);
        this.transport = transport;
        this.regional = regional;
    }

    /// <summary>Adds an item; refused values come back in <see cref="ItemWriteResult.Errors"/> (no item is created then).</summary>
    /// <exception cref="Errors.SharePointServiceException">An unknown field (400), a missing list, or another failure.</exception>
    public async Task<ItemWriteResult> AddItemAsync(Uri site, Guid listId, IReadOnlyList<FormValue> values, CancellationToken cancellationToken)
    {
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var response = await transport.SendOrThrowAsync(ItemRequests.Add(site, listId, values, settings), cancellationToken).ConfigureAwait(false);
        return ItemResponses.WriteResult(response);
    }

    /// <summary>
    /// Adds an item in a folder of the list (<see cref="Folders.ListFolder.ServerRelativeUrl"/>); it inherits the folder's
    /// permissions. Refused values come back in <see cref="ItemWriteResult.Errors"/>.
    /// </summary>
    /// <exception cref="Errors.SharePointServiceException">The folder does not exist or is hidden (404), an unknown field (400), or another failure.</exception>
    public async Task<ItemWriteResult> AddItemInFolderAsync(
        Uri site, Guid listId, string folderServerRelativeUrl, IReadOnlyList<FormValue> values, CancellationToken cancellationToken)
    {
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var response = await transport.SendOrThrowAsync(ItemRequests.AddInFolder(site, listId, folderServerRelativeUrl, values, settings), cancellationToken).ConfigureAwait(false);
        return ItemResponses.WriteResult(response);
    }

    /// <summary>Updates an item (a new version is recorded); refused values come back in <see cref="ItemWriteResult.Errors"/>.</summary>
    public async Task<ItemWriteResult> UpdateItemAsync(
        Uri site, Guid listId, int itemId, IReadOnlyList<FormValue> values, CancellationToken cancellationToken)
    {
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var response = await transport.SendOrThrowAsync(ItemRequests.Update(site, listId, itemId, values, settings), cancellationToken).ConfigureAwait(false);
        return ItemResponses.WriteResult(response, itemId);
    }

    /// <summary>The item with <c>Id</c>, <c>Title</c>, the given fields and <c>HasUniqueRoleAssignments</c>; <c>null</c> when it does not exist.</summary>
    public async Task<ListItem?> FindItemAsync(
        Uri site, Guid listId, int itemId, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(ItemRequests.Get(site, listId, itemId, fields), cancellationToken).ConfigureAwait(false);
        if (response.ToError() is { IsNotFound: true })
        {
            return null;
        }

        response.EnsureSuccess();
        return ItemResponses.Item(response);
    }

    /// <summary>Every item matching the query, in id order, following <c>odata.nextLink</c> page by page.</summary>
    public async Task<IReadOnlyList<ListItem>> QueryItemsAsync(Uri site, Guid listId, ItemQuery query, CancellationToken cancellationToken)
    {
        var items = new List<ListItem>();
        var request = ItemRequests.Query(site, listId, query);
        while (true)
        {
            var response = await transport.SendOrThrowAsync(request, cancellationToken).ConfigureAwait(false);
            var (page, next) = ItemResponses.Page(response, query);
            items.AddRange(page);
            if (next is null)
            {
                return items;
            }

            EnsureSameSite(site, next);
            request = ItemRequests.NextPage(next);
        }
    }

    /// <summary>The item's versions, newest first, each with who made it.</summary>
    public Task<IReadOnlyList<ItemVersion>> GetVersionsAsync(Uri site, Guid listId, int itemId, CancellationToken cancellationToken) =>
        GetVersionsAsync(site, listId, itemId, [], cancellationToken);

    /// <summary>
    /// The item's versions, newest first, each with who made it (<see cref="ItemVersion.EditorId"/>) and the values
    /// <paramref name="fields"/> had in it.
    /// </summary>
    public async Task<IReadOnlyList<ItemVersion>> GetVersionsAsync(
        Uri site, Guid listId, int itemId, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(ItemRequests.Versions(site, listId, itemId), cancellationToken).ConfigureAwait(false);
        return ItemVersionResponses.Read(response, fields);
    }

    /// <summary>Deletes the item permanently (it does not go to the recycle bin).</summary>
    public async Task DeleteItemAsync(Uri site, Guid listId, int itemId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(ItemRequests.Delete(site, listId, itemId), cancellationToken).ConfigureAwait(false);

    /// <summary>Moves the item to the first-stage recycle bin and returns the bin item's id.</summary>
    public async Task<Guid> RecycleItemAsync(Uri site, Guid listId, int itemId, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(ItemRequests.Recycle(site, listId, itemId), cancellationToken).ConfigureAwait(false);
        return ItemResponses.RecycleBinId(response);
    }

    private static void EnsureSameSite(Uri site, Uri next)
    {
        // The token for the site's host goes with the request: never follow a link elsewhere.
        var prefix = SharePointRequest.SiteRoot(site) + "/_api/";
        if (!next.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The server's odata.nextLink points outside {prefix}; it is not followed.");
        }
    }
}
