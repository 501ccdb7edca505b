using Microsoft.Extensions.Options;

namespace PnpSamtale.Functions.Callers;

/// <summary>Where the caller's identity comes from.</summary>
internal enum ApiAuthentication
{
    /// <summary>
    /// The worker validates the caller's bearer token (<c>Authorization: Bearer …</c>) with Microsoft.Identity.Web:
    /// signature against the tenant's published keys, issuer, audience and lifetime. The default; needs no platform
    /// feature.
    /// </summary>
    Bearer = 0,

    /// <summary>
    /// App Service Authentication (Easy Auth) validates the token and passes the caller in
    /// <c>X-MS-CLIENT-PRINCIPAL</c>. Only safe with that feature on: the platform strips client-sent copies of the
    /// header only then.
    /// </summary>
    Platform = 1,
}

/// <summary>
/// Who may call the HTTP functions: the mode from <c>Samtale:Api</c> (app setting <c>Samtale__Api__Authentication</c>)
/// and, for <see cref="ApiAuthentication.Bearer"/>, the API's app registration from Microsoft.Identity.Web's own
/// section <c>AzureAd</c> (<c>AzureAd__TenantId</c>, <c>AzureAd__ClientId</c>, <c>AzureAd__Audience</c>, <c>AzureAd__Instance</c>).
/// </summary>
internal sealed class ApiOptions
{
    /// <summary>The configuration section of the mode.</summary>
    public const string SectionName = "Samtale:Api";

    /// <summary>Microsoft.Identity.Web's configuration section.</summary>
    public const string EntraIdSectionName = "AzureAd";

    /// <summary>The app role a caller must have. Fixed by the product.</summary>
    public const string AdminRole = "Samtale.Admin";

    /// <summary>The claim that carries app roles in Entra ID tokens.</summary>
    public const string RolesClaim = "roles";

    /// <summary>Where the caller's identity comes from. Default <see cref="ApiAuthentication.Bearer"/>.</summary>
    public ApiAuthentication Authentication { get; set; } = ApiAuthentication.Bearer;

    /// <summary>
    /// Whether App Service Authentication is on (the platform's <c>WEBSITE_AUTH_ENABLED</c>); required for
    /// <see cref="ApiAuthentication.Platform"/>, since only then does the platform strip client-sent principal headers.
    /// </summary>
    public bool PlatformAuthenticationOn { get; set; }

    /// <summary>The API's app registration (bound from <c>AzureAd</c>).</summary>
    public EntraIdApi EntraId { get; } = new();
}

/// <summary>The API's app registration, as Microsoft.Identity.Web reads it from the <c>AzureAd</c> section.</summary>
internal sealed class EntraIdApi
{
    /// <summary>The Entra ID instance. Default <c>https://login.microsoftonline.com/</c>; plain http only on loopback (tests).</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>The Entra tenant (GUID) whose tokens are accepted. Required for <see cref="ApiAuthentication.Bearer"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API app registration's client id (GUID): the audience of v2.0 tokens. Required for <see cref="ApiAuthentication.Bearer"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API's Application ID URI (e.g. <c>api://pnpsamtale</c>), the audience of v1.0 tokens. Optional; <c>api://{ClientId}</c> is always accepted.</summary>
    public string? Audience { get; set; }

    /// <summary>The audiences a token may name: the client id, <c>api://{ClientId}</c> and <see cref="Audience"/>.</summary>
    public IReadOnlyList<string> Audiences =>
        [.. new[] { ClientId, ClientId is { Length: > 0 } id ? "api://" + id : null, Audience }.OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The issuers a token may name: the tenant's v2.0 issuer on <see cref="Instance"/> and, in the public cloud, its
    /// v1.0 issuer (<c>https://sts.windows.net/{TenantId}/</c>, for an API whose tokens are v1.0). Only the configured
    /// tenant: a token of any other tenant is refused whatever it is for.
    /// </summary>
    public IReadOnlyList<string> Issuers =>
        Instance.Host.Equals("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase)
            ? [$"{Instance.AbsoluteUri.TrimEnd('/')}/{TenantId}/v2.0", $"https://sts.windows.net/{TenantId}/"]
            : [$"{Instance.AbsoluteUri.TrimEnd('/')}/{TenantId}/v2.0"];

    /// <summary>Whether the instance is plain http on loopback, where the metadata may be fetched without TLS.</summary>
    public bool IsLoopbackHttp => Instance.IsAbsoluteUri && Instance.Scheme == Uri.UriSchemeHttp && Instance.IsLoopback;
}

/// <summary>Checks <see cref="ApiOptions"/> at start-up; every message names the app setting.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        if (options.Authentication == ApiAuthentication.Platform)
        {
            return options.PlatformAuthenticationOn
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Samtale:Api:Authentication 'Platform' needs App Service Authentication on (WEBSITE_AUTH_ENABLED is not True): without it anyone with the function key could send a forged X-MS-CLIENT-PRINCIPAL. Turn it on, or use 'Bearer'.");
        }

        var api = options.EntraId;
        var failures = new List<string>();
        if (!Guid.TryParse(api.TenantId, out _))
        {
            failures.Add($"AzureAd:TenantId must be the Entra tenant id (a GUID) whose tokens the HTTP functions accept; found '{api.TenantId}'.");
        }

        if (!Guid.TryParse(api.ClientId, out _))
        {
            failures.Add($"AzureAd:ClientId must be the client id (a GUID) of the API's app registration; found '{api.ClientId}'.");
        }

        if (!api.Instance.IsAbsoluteUri || (api.Instance.Scheme != Uri.UriSchemeHttps && !api.IsLoopbackHttp))
        {
            failures.Add($"AzureAd:Instance must be an https URL (http only on loopback); found '{api.Instance}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
