using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Views;

/// <summary>The views of a list: add, read (with their fields) and delete.</summary>
public sealed class ViewClient
{
    private readonly WireTransport transport;

    /// <summary>Creates the client.</summary>
    public ViewClient(WireTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        this.transport = transport;
    }

    /// <summary>Adds a public view; the answer has no fields (<see cref="ListView.Fields"/> is <c>null</c>).</summary>
    /// <exception cref="Errors.SharePointServiceException">A field does not exist (400, <c>-2147024809</c>), a missing list, or another failure.</exception>
    public async Task<ListView> AddViewAsync(Uri site, Guid listId, ViewDefinition view, CancellationToken cancellationToken) =>
        (await transport.GetJsonAsync<ViewJson>(ViewRequests.Add(site, listId, view), cancellationToken).ConfigureAwait(false)).ToView();

    /// <summary>The list's views with their fields, oldest first.</summary>
    public async Task<IReadOnlyList<ListView>> GetViewsAsync(Uri site, Guid listId, CancellationToken cancellationToken) =>
        [.. (await transport.GetJsonAsync<ValueList<ViewJson>>(ViewRequests.List(site, listId), cancellationToken).ConfigureAwait(false)).Value.Select(v => v.ToView())];

    /// <summary>Deletes the view.</summary>
    /// <exception cref="Errors.SharePointServiceException">The view does not exist (404), or another failure.</exception>
    public async Task DeleteViewAsync(Uri site, Guid listId, Guid viewId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(ViewRequests.Delete(site, listId, viewId), cancellationToken).ConfigureAwait(false);

    /// <summary>An SP.View as the wire carries it; <c>ViewFields</c> only when expanded.</summary>
    private sealed record ViewJson(
        Guid Id, string Title, string? ViewQuery, int RowLimit, bool DefaultView, bool PersonalView, string ServerRelativeUrl, ViewFieldsJson? ViewFields)
    {
        public ListView ToView() => new(Id, Title, ViewQuery ?? string.Empty, RowLimit, DefaultView, PersonalView, ServerRelativeUrl, ViewFields?.Items);
    }

    /// <summary><c>{"Items":[…],"SchemaXml":"…"}</c>.</summary>
    private sealed record ViewFieldsJson(IReadOnlyList<string> Items);
}
