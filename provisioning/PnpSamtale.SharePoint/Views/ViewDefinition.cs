namespace PnpSamtale.SharePoint.Views;

/// <summary>A public view to add to a list.</summary>
/// <param name="Title">The view's name, e.g. <c>Planlagte samtaler</c>.</param>
/// <param name="Fields">The internal names of the columns shown, in order (computed ones such as <c>LinkTitle</c> included).</param>
/// <param name="Query">The CAML inside the view's query, e.g. <c>&lt;Where&gt;…&lt;/Where&gt;&lt;OrderBy&gt;…&lt;/OrderBy&gt;</c>; <c>""</c> for none.</param>
/// <param name="RowLimit">Items per page, 1 or more (SharePoint's own views use 30).</param>
public sealed record ViewDefinition(string Title, IReadOnlyList<string> Fields, string Query, int RowLimit)
{
    /// <summary>Whether the view becomes the list's default view. Default <c>false</c>.</summary>
    public bool SetAsDefaultView { get; init; }
}
