namespace PnpSamtale.SharePoint.Groups;

/// <summary>A SharePoint site group.</summary>
/// <param name="Id">The group id (a principal id for role assignments).</param>
/// <param name="Title">The group name.</param>
/// <param name="LoginName">The login name (the title for site groups).</param>
/// <param name="Description">The description, if any.</param>
/// <param name="OwnerTitle">The owner's display name.</param>
/// <param name="PrincipalType">8 for a SharePoint group.</param>
public sealed record SiteGroup(int Id, string Title, string LoginName, string? Description, string? OwnerTitle, int PrincipalType);
