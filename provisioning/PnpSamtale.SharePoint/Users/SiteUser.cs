namespace PnpSamtale.SharePoint.Users;

/// <summary>A user of a site collection (the row person fields point at).</summary>
/// <param name="Id">The site user id, the same on every <c>ensureuser</c> for the same person; person fields store it.</param>
/// <param name="LoginName">The claims login name, e.g. <c>i:0#.f|membership|kari@contoso.com</c>.</param>
/// <param name="Title">The display name.</param>
/// <param name="Email">The e-mail address, if any.</param>
/// <param name="UserPrincipalName">The UPN, if any.</param>
/// <param name="PrincipalType">1 for a user.</param>
/// <param name="IsSiteAdmin">Whether the user is a site collection administrator.</param>
public sealed record SiteUser(
    int Id, string LoginName, string Title, string? Email, string? UserPrincipalName, int PrincipalType, bool IsSiteAdmin);
