using Microsoft.Extensions.Options;

namespace PnpSamtale.Functions.Security;

/// <summary>Where the caller's identity comes from.</summary>
internal enum ApiAuthentication
{
    /// <summary>
    /// The handler validates the caller's bearer token itself (<c>Authorization: Bearer …</c>): signature against the
    /// tenant's published keys, issuer, audience and lifetime. The default; needs no platform feature.
    /// </summary>
    Bearer = 0,

    /// <summary>
    /// App Service Authentication (Easy Auth) validates the token and passes the caller in
    /// <c>X-MS-CLIENT-PRINCIPAL</c>. Only safe with that feature on: the platform strips client-sent copies of the
    /// header only then.
    /// </summary>
    Platform = 1,
}

/// <summary>Who may call the HTTP functions, bound from <c>Samtale:Api</c> (app settings <c>Samtale__Api__*</c>).</summary>
internal sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Samtale:Api";

    /// <summary>The app role a caller must have. Fixed by the product.</summary>
    public const string AdminRole = "Samtale.Admin";

    /// <summary>Where the caller's identity comes from. Default <see cref="ApiAuthentication.Bearer"/>.</summary>
    public ApiAuthentication Authentication { get; set; } = ApiAuthentication.Bearer;

    /// <summary>The Entra tenant (GUID) whose tokens are accepted. Required for <see cref="ApiAuthentication.Bearer"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The API's Application ID URI and/or client id (comma-separated): a token's <c>aud</c> must be one of them.
    /// Required for <see cref="ApiAuthentication.Bearer"/>.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The OpenID Connect authority. Default <c>https://login.microsoftonline.com/{TenantId}/v2.0</c>; its
    /// <c>/.well-known/openid-configuration</c> names the signing keys. Plain http is accepted only on loopback.
    /// </summary>
    public Uri? Authority { get; set; }

    /// <summary>
    /// Whether App Service Authentication is on (the platform's <c>WEBSITE_AUTH_ENABLED</c>); required for
    /// <see cref="ApiAuthentication.Platform"/>, since only then does the platform strip client-sent principal headers.
    /// </summary>
    public bool PlatformAuthenticationOn { get; set; }

    /// <summary>The accepted audiences.</summary>
    public IReadOnlyList<string> Audiences =>
        [.. (Audience ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The authority, resolved.</summary>
    public Uri ResolvedAuthority => Authority ?? new Uri($"https://login.microsoftonline.com/{TenantId}/v2.0");
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

        var failures = new List<string>();
        if (options.Authority is null && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add($"Samtale:Api:TenantId must be the Entra tenant id (a GUID) whose tokens the HTTP functions accept; found '{options.TenantId}'.");
        }

        if (options.Authority is { } authority && (!authority.IsAbsoluteUri || (authority.Scheme != Uri.UriSchemeHttps && !authority.IsLoopback)))
        {
            failures.Add($"Samtale:Api:Authority must be an https URL (http only on loopback); found '{authority}'.");
        }

        if (options.Audiences.Count == 0)
        {
            failures.Add("Samtale:Api:Audience must name the API app registration (its Application ID URI, e.g. api://pnpsamtale, and/or client id); it is empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
