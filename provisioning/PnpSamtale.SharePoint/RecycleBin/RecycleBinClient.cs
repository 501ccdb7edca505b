using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>The recycle bins, and the check that shredded items are gone everywhere.</summary>
public sealed class RecycleBinClient
{
    private readonly WireTransport transport;
    private readonly SharePointBatchExecutor batches;

    /// <summary>Creates the client.</summary>
    public RecycleBinClient(WireTransport transport, SharePointBatchExecutor batches)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        this.transport = transport;
        this.batches = batches;
    }

    /// <summary>The web's first-stage entries.</summary>
    public async Task<IReadOnlyList<RecycleBinItem>> GetWebRecycleBinAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<RecycleBinItem>>(RecycleBinRequests.ListWeb(site), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>The site collection's entries.</summary>
    public async Task<IReadOnlyList<RecycleBinItem>> GetSiteRecycleBinAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<RecycleBinItem>>(RecycleBinRequests.ListSite(site), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Moves an entry to the second stage.</summary>
    public Task MoveToSecondStageAsync(Uri site, Guid id, CancellationToken cancellationToken) =>
        SendAsync(RecycleBinRequests.MoveToSecondStage(site, id), cancellationToken);

    /// <summary>Deletes a first-stage entry for good.</summary>
    public Task DeleteFromWebRecycleBinAsync(Uri site, Guid id, CancellationToken cancellationToken) =>
        SendAsync(RecycleBinRequests.DeleteFromWeb(site, id), cancellationToken);

    /// <summary>Deletes a site collection bin entry for good.</summary>
    public Task DeleteFromSiteRecycleBinAsync(Uri site, Guid id, CancellationToken cancellationToken) =>
        SendAsync(RecycleBinRequests.DeleteFromSite(site, id), cancellationToken);

    /// <summary>Deletes many site collection bin entries for good in one request.</summary>
    public Task DeleteByIdsAsync(Uri site, IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        SendAsync(RecycleBinRequests.DeleteByIds(site, ids), cancellationToken);

    /// <summary>
    /// Checks that the items are gone everywhere: the list no longer returns them (batched reads, 404 each) and none of
    /// <paramref name="recycleBinIds"/> is in the web's bin or the site collection's bin.
    /// </summary>
    /// <exception cref="Errors.SharePointServiceException">A read failed for another reason than "not found".</exception>
    public async Task<GoneVerification> VerifyGoneAsync(
        Uri site, Guid listId, IReadOnlyList<int> itemIds, IReadOnlyCollection<Guid> recycleBinIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(recycleBinIds);
        var reads = itemIds.Select(id => ItemRequests.Get(site, listId, id, [])).ToArray();
        var responses = await batches.ExecuteAsync(site, reads, cancellationToken).ConfigureAwait(false);
        var stillInList = new List<int>();
        for (var i = 0; i < responses.Count; i++)
        {
            if (responses[i].ToError() is { IsNotFound: true })
            {
                continue;
            }

            responses[i].EnsureSuccess();
            stillInList.Add(itemIds[i]);
        }

        var web = await GetWebRecycleBinAsync(site, cancellationToken).ConfigureAwait(false);
        var siteBin = await GetSiteRecycleBinAsync(site, cancellationToken).ConfigureAwait(false);
        return new GoneVerification(stillInList, Present(web, recycleBinIds), Present(siteBin, recycleBinIds));
    }

    private static Guid[] Present(IReadOnlyList<RecycleBinItem> bin, IReadOnlyCollection<Guid> ids) =>
        bin.Select(entry => entry.Id).Where(ids.Contains).ToArray();

    private async Task SendAsync(WireRequest request, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(request, cancellationToken).ConfigureAwait(false);
}
