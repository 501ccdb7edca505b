using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>The recycle bins, read a page at a time, and the check that shredded items are gone everywhere.</summary>
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

    /// <summary>Every entry of a stage, page by page (5,000 a page), oldest deletion first.</summary>
    public async Task<IReadOnlyList<RecycleBinItem>> GetAllAsync(Uri site, RecycleBinStage stage, CancellationToken cancellationToken)
    {
        var entries = new List<RecycleBinItem>();
        RecycleBinItem? last = null;
        while (true)
        {
            var response = await transport.SendOrThrowAsync(RecycleBinRequests.Page(site, stage, last), cancellationToken).ConfigureAwait(false);
            var page = RecycleBinResponses.Page(response);
            entries.AddRange(page);
            if (page.Count < ItemQuery.Threshold)
            {
                return entries;
            }

            last = page[^1];
        }
    }

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
    /// Checks that the items are gone everywhere, each by a read that proves it: the list answers 404 for each item, and
    /// the web's bin and the site collection's bin answer 404 for each of <paramref name="recycleBinIds"/> (entries are
    /// looked up one by one, never by reading a whole bin). Batched.
    /// </summary>
    /// <exception cref="Errors.SharePointServiceException">A read failed for another reason than "not found".</exception>
    public async Task<GoneVerification> VerifyGoneAsync(
        Uri site, Guid listId, IReadOnlyList<int> itemIds, IReadOnlyCollection<Guid> recycleBinIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(recycleBinIds);
        var binIds = recycleBinIds.ToArray();
        var reads = itemIds.Select(id => ItemRequests.Get(site, listId, id, []))
            .Concat(binIds.Select(id => RecycleBinRequests.GetFromWeb(site, id)))
            .Concat(binIds.Select(id => RecycleBinRequests.GetFromSite(site, id)))
            .ToArray();
        var responses = await batches.ExecuteAsync(site, reads, cancellationToken).ConfigureAwait(false);
        var present = responses.Select(Present).ToArray();
        return new GoneVerification(
            [.. itemIds.Where((_, i) => present[i])],
            [.. binIds.Where((_, i) => present[itemIds.Count + i])],
            [.. binIds.Where((_, i) => present[itemIds.Count + binIds.Length + i])]);
    }

    /// <summary>Whether a read found its target: 404 means gone; any other failure is not proof either way and throws.</summary>
    private static bool Present(WireResponse response)
    {
        if (response.ToError() is { IsNotFound: true })
        {
            return false;
        }

        response.EnsureSuccess();
        return true;
    }

    private async Task SendAsync(WireRequest request, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(request, cancellationToken).ConfigureAwait(false);
}
