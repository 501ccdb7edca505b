using System.Globalization;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Graph;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Drives;

/// <summary>
/// Uploads files into libraries through Graph: one at a time, or many through Graph <c>$batch</c> (20 per request,
/// the bytes base64-encoded, throttled uploads re-sent on their own). An upload always replaces a file of the same
/// name. Each file becomes a library item with <c>FileLeafRef</c> = its name, inheriting the library's permissions:
/// find and secure it with the item and permission clients.
/// </summary>
public sealed class DriveClient
{
    private readonly WireTransport transport;
    private readonly GraphBatchExecutor batches;
    private readonly SharePointOptions options;

    /// <summary>Creates the client.</summary>
    public DriveClient(WireTransport transport, GraphBatchExecutor batches, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(options);
        this.transport = transport;
        this.batches = batches;
        this.options = options.Value;
    }

    /// <summary>Uploads one file: resolves the site's Graph id, then one <c>PUT</c>.</summary>
    /// <exception cref="Errors.SharePointServiceException">
    /// The library does not exist (404 <c>itemNotFound</c>), the list is not a library (400 <c>invalidRequest</c>), or another failure.
    /// </exception>
    public async Task<DriveItem> UploadAsync(DriveUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var siteId = await GraphSiteIdAsync(upload.Site, cancellationToken).ConfigureAwait(false);
        return await transport.GetJsonAsync<DriveItem>(Request(upload, siteId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Uploads the files through Graph <c>$batch</c>, resolving each site's Graph id once. Each upload succeeds or
    /// fails on its own: one result per input, in input order.
    /// </summary>
    public async Task<IReadOnlyList<BatchResult<DriveItem>>> UploadManyAsync(IReadOnlyList<DriveUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var siteIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var operations = new GraphBatchOperation[uploads.Count];
        for (var i = 0; i < uploads.Count; i++)
        {
            var upload = uploads[i] ?? throw new ArgumentException($"Upload {i} is null.", nameof(uploads));
            var site = SharePointRequest.SiteRoot(upload.Site);
            if (!siteIds.TryGetValue(site, out var siteId))
            {
                siteId = await GraphSiteIdAsync(upload.Site, cancellationToken).ConfigureAwait(false);
                siteIds[site] = siteId;
            }

            operations[i] = new GraphBatchOperation((i + 1).ToString(CultureInfo.InvariantCulture), Request(upload, siteId));
        }

        var responses = await batches.ExecuteAsync(operations, cancellationToken).ConfigureAwait(false);
        return BatchResult<DriveItem>.From(responses, response => response.ReadJson<DriveItem>());
    }

    private WireRequest Request(DriveUpload upload, string graphSiteId) =>
        DriveRequests.Upload(options.GraphBaseUrl, graphSiteId, upload.ListId, upload.FileName, upload.Content);

    private async Task<string> GraphSiteIdAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<GraphSite>(GraphSiteRequests.Resolve(options.GraphBaseUrl, site), cancellationToken).ConfigureAwait(false)).Id;
}
