using System.Globalization;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Graph;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Lists;

/// <summary>
/// Lists and libraries: created with Graph (one request carries all columns, <c>indexed</c> included — see
/// <see cref="GraphListRequests"/>), found, read and deleted with SharePoint REST (Graph's list id is the SharePoint
/// list GUID, so both address the same list).
/// </summary>
public sealed class ListClient
{
    private readonly WireTransport transport;
    private readonly SharePointOptions options;

    /// <summary>Creates the client.</summary>
    public ListClient(WireTransport transport, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        this.transport = transport;
        this.options = options.Value;
    }

    /// <summary>The list with that title, or <c>null</c> when the site has none (a missing site still throws).</summary>
    public Task<ListInfo?> FindListAsync(Uri site, string title, CancellationToken cancellationToken) =>
        transport.FindJsonAsync<ListInfo>(ListRequests.GetByTitle(site, title), cancellationToken);

    /// <summary>The site's lists (hidden system lists excluded); <c>ItemCount</c> is not read here.</summary>
    public async Task<IReadOnlyList<ListInfo>> GetListsAsync(Uri site, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<ListInfo>>(ListRequests.GetAll(site), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>The list's fields, built-in ones included, with their column formatting.</summary>
    public async Task<IReadOnlyList<FieldInfo>> GetFieldsAsync(Uri site, Guid listId, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ValueList<FieldInfo>>(ListRequests.GetFields(site, listId), cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Sets the column formatting of a field (an empty <paramref name="json"/> removes it).</summary>
    /// <exception cref="Errors.SharePointServiceException">The field does not exist (400, <c>-2147024809</c>), a missing list, or another failure.</exception>
    public async Task SetCustomFormatterAsync(Uri site, Guid listId, string internalName, string json, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(FieldRequests.SetCustomFormatter(site, listId, internalName, json), cancellationToken).ConfigureAwait(false);

    /// <summary>Creates the list with all its columns through Graph: resolves the Graph site id, then one <c>POST</c>.</summary>
    /// <exception cref="Errors.SharePointServiceException">
    /// The title is taken (409 <c>nameAlreadyExists</c>; call <see cref="FindListAsync"/> first), or another failure.
    /// </exception>
    public async Task<CreatedList> CreateListAsync(Uri site, ListDefinition list, CancellationToken cancellationToken)
    {
        var graphSite = await transport.GetJsonAsync<GraphSite>(GraphSiteRequests.Resolve(options.GraphBaseUrl, site), cancellationToken)
            .ConfigureAwait(false);
        var created = await transport.GetJsonAsync<GraphList>(GraphListRequests.Create(options.GraphBaseUrl, graphSite.Id, list), cancellationToken)
            .ConfigureAwait(false);
        return new CreatedList(Guid.Parse(created.Id, CultureInfo.InvariantCulture), created.DisplayName, created.WebUrl);
    }

    /// <summary>Creates a list with only the built-in columns through SharePoint REST.</summary>
    /// <exception cref="Errors.SharePointServiceException">The title is taken (500, <c>-2130575342</c>), or another failure.</exception>
    public Task<ListInfo> CreateEmptyListAsync(Uri site, string title, ListTemplate template, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<ListInfo>(ListRequests.Create(site, title, template), cancellationToken);

    /// <summary>Deletes the list for good.</summary>
    public async Task DeleteListAsync(Uri site, Guid listId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(ListRequests.Delete(site, listId), cancellationToken).ConfigureAwait(false);
}
