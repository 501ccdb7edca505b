namespace PnpSamtale.SharePoint.Views;

/// <summary>A view of a list.</summary>
/// <param name="Id">The view id.</param>
/// <param name="Title">The name.</param>
/// <param name="ViewQuery">The CAML of the query, as stored.</param>
/// <param name="RowLimit">Items per page.</param>
/// <param name="DefaultView">Whether it is the list's default view.</param>
/// <param name="PersonalView">Whether it belongs to one user.</param>
/// <param name="ServerRelativeUrl">The view page, e.g. <c>/sites/x/Lists/Samtaler/AllItems.aspx</c>.</param>
/// <param name="Fields">The internal names of the columns shown, in order, when read with them (<see cref="ViewClient.GetViewsAsync"/>); <c>null</c> otherwise.</param>
public sealed record ListView(
    Guid Id, string Title, string ViewQuery, int RowLimit, bool DefaultView, bool PersonalView, string ServerRelativeUrl, IReadOnlyList<string>? Fields);
