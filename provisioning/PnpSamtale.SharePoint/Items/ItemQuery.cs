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
    /// <c>RoleAssignments/Member</c> and <c>RoleAssignments/RoleDefinitionBindings</c>: every item comes with the role
    /// assignments that apply to it (its own when it has unique permissions, else its nearest ancestor's), read in the
    /// same request — for 5,000 items, one request instead of 5,000.
    /// </summary>
    public static IReadOnlyList<string> RoleAssignmentsExpansion { get; } = ["RoleAssignments/Member", "RoleAssignments/RoleDefinitionBindings"];
}
