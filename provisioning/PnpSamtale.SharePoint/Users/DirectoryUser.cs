namespace PnpSamtale.SharePoint.Users;

/// <summary>A person in the directory, from Graph <c>GET /users/{upn}</c>.</summary>
/// <param name="Id">The Entra object id.</param>
/// <param name="UserPrincipalName">The UPN.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Mail">The primary e-mail address, if any.</param>
/// <param name="PreferredLanguage">The preferred language, e.g. <c>nb-NO</c>, if set.</param>
public sealed record DirectoryUser(string Id, string UserPrincipalName, string DisplayName, string? Mail, string? PreferredLanguage);
