namespace PnpSamtale.LocalTenant;

/// <summary>A person in the local tenant's directory (what <c>GET /v1.0/users/{upn}</c> answers).</summary>
/// <param name="Upn">The user principal name, also the mail address.</param>
/// <param name="DisplayName">The name shown in SharePoint and Graph.</param>
/// <param name="PreferredLanguage">A language tag such as <c>nb-NO</c>, or <see langword="null"/>.</param>
public sealed record DirectoryUser(string Upn, string DisplayName, string? PreferredLanguage);
