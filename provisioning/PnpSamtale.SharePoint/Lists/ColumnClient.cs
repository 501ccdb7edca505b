using System.Globalization;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Graph;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Lists;

/// <summary>
/// Adds columns to lists that exist, through Graph (<see cref="GraphListRequests.AddColumn"/>): the converger brings a
/// list up to a blueprint that gained columns. Read the list's fields first (<see cref="ListClient.GetFieldsAsync"/>)
/// and add only the missing ones: adding a name the list has is refused (<c>409 nameAlreadyExists</c>).
/// </summary>
public sealed class ColumnClient
{
    private readonly WireTransport transport;
    private readonly GraphBatchExecutor batches;
    private readonly SharePointOptions options;

    /// <summary>Creates the client.</summary>
    public ColumnClient(WireTransport transport, GraphBatchExecutor batches, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(options);
        this.transport = transport;
        this.batches = batches;
        this.options = options.Value;
    }

    /// <summary>Adds one column: resolves the site's Graph id, then one <c>POST</c>.</summary>
    /// <exception cref="Errors.SharePointServiceException">
    /// The name is taken (409 <c>nameAlreadyExists</c>), the list or site does not exist (404 <c>itemNotFound</c>), or another failure.
    /// </exception>
    public async Task<CreatedColumn> AddColumnAsync(Uri site, Guid listId, ColumnDefinition column, CancellationToken cancellationToken)
    {
        var siteId = await GraphSiteIdAsync(site, cancellationToken).ConfigureAwait(false);
        return await transport.GetJsonAsync<CreatedColumn>(GraphListRequests.AddColumn(options.GraphBaseUrl, siteId, listId, column), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Adds the columns through Graph <c>$batch</c> (20 per request), each succeeding or failing on its own: one result
    /// per column, in input order.
    /// </summary>
    public async Task<IReadOnlyList<BatchResult<CreatedColumn>>> AddColumnsAsync(
        Uri site, Guid listId, IReadOnlyList<ColumnDefinition> columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var siteId = await GraphSiteIdAsync(site, cancellationToken).ConfigureAwait(false);
        var operations = columns
            .Select((column, i) => new GraphBatchOperation((i + 1).ToString(CultureInfo.InvariantCulture), GraphListRequests.AddColumn(options.GraphBaseUrl, siteId, listId, column)))
            .ToArray();
        var responses = await batches.ExecuteAsync(operations, cancellationToken).ConfigureAwait(false);
        return BatchResult<CreatedColumn>.From(responses, response => response.ReadJson<CreatedColumn>());
    }

    private async Task<string> GraphSiteIdAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<GraphSite>(GraphSiteRequests.Resolve(options.GraphBaseUrl, site), cancellationToken).ConfigureAwait(false)).Id;
}
