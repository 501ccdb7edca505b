namespace PnpSamtale.SharePoint.Lists;

/// <summary>A list as SharePoint REST describes it.</summary>
/// <param name="Id">The list GUID (also the Graph list id).</param>
/// <param name="Title">The title.</param>
/// <param name="BaseTemplate">The template.</param>
/// <param name="ItemCount">The number of items (0 where not selected, as in the all-lists query).</param>
/// <param name="HasUniqueRoleAssignments">Whether the list has its own permissions (false where not selected).</param>
public sealed record ListInfo(Guid Id, string Title, ListTemplate BaseTemplate, int ItemCount, bool HasUniqueRoleAssignments);
