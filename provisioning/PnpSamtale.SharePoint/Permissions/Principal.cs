namespace PnpSamtale.SharePoint.Permissions;

/// <summary>The user or group of a role assignment.</summary>
/// <param name="Id">The principal id.</param>
/// <param name="Title">The display name.</param>
/// <param name="LoginName">The login name.</param>
/// <param name="PrincipalType">1 user, 8 SharePoint group.</param>
public sealed record Principal(int Id, string Title, string LoginName, int PrincipalType);
