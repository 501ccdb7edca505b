namespace PnpSamtale.SharePoint.Items;

/// <summary>A query on a list's items.</summary>
/// <param name="Select">The fields to read (<c>$select</c>); <c>Id</c> is always added.</param>
/// <param name="Filter">The <c>$filter</c>, e.g. <c>Status eq 'Planlagt' and HolderId eq 7</c> (see <see cref="ItemFilter"/>); <c>null</c> for all.</param>
/// <param name="Top">Items per page (<c>$top</c>, 1 to 5000); <c>null</c> for the server's 100.</param>
/// <param name="Expand">
/// What to expand (<c>$expand</c>); <c>null</c> for nothing. <see cref="RoleAssignmentsExpansion"/> reads each item's
/// role assignments into <see cref="ListItem.RoleAssignments"/>.
/// </param>
public sealed record ItemQuery(IReadOnlyList<string> Select, string? Filter = null, int? Top = null, IReadOnlyList<string>? Expand = null)
{
    /// <summary>
    /// The list view threshold: SharePoint refuses a query that returns more items at once (<c>$top</c> above it), or
    /// whose filter can match more on a larger list. The most items a page or an id window holds.
    /// </summary>
    public const int Threshold = 5000;

    /// <summary>
    /// <c>RoleAssignments/Member</c> and <c>RoleAssignments/RoleDefinitionBindings</c>: every item comes with the role
    /// assignments that apply to it (its own when it has unique permissions, else its nearest ancestor's), read in the
    /// same request — for 5,000 items, one request instead of 5,000.
    /// </summary>
    public static IReadOnlyList<string> RoleAssignmentsExpansion { get; } = ["RoleAssignments/Member", "RoleAssignments/RoleDefinitionBindings"];

    /// <summary>
    /// The query split into id windows <c>(Id gt a and Id le a+5000) and ({filter})</c> covering ids up to
    /// <paramref name="lastId"/>: on a list with more than 5,000 items SharePoint evaluates a filter left to right and
    /// refuses it when its first, indexed condition can match more than 5,000 items; an id window never can, so each
    /// window runs whatever the rest of the filter (indexed or not) and however many items match it in the list.
    /// </summary>
    /// <param name="lastId">The highest item id in the list (0 for an empty list: no windows).</param>
    /// <param name="size">Ids per window; SharePoint's threshold unless a test lowers it.</param>
    public IReadOnlyList<ItemQuery> Windows(int lastId, int size = Threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastId);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Threshold);
        var windows = new List<ItemQuery>();
        for (var after = 0; after < lastId; after += size)
        {
            var range = $"Id gt {after.ToString(System.Globalization.CultureInfo.InvariantCulture)} and Id le {(after + size).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            windows.Add(this with { Filter = Filter is null ? range : range + " and (" + Filter + ")", Top = size });
        }

        return windows;
    }
}
