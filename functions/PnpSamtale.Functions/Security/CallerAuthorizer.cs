using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PnpSamtale.Functions.Protocol;

namespace PnpSamtale.Functions.Security;

/// <summary>The answer to "may this caller use the API?".</summary>
/// <param name="Status">200 when allowed; 401 (no or invalid identity) or 403 (no <c>Samtale.Admin</c>) when not.</param>
/// <param name="Caller">Who called, as an id (the user's or app's object id, else the app id); never a name.</param>
/// <param name="Reason">Why not (for the log and the caller; never the token).</param>
internal sealed record CallerDecision(int Status, string? Caller, string Reason)
{
    /// <summary>Whether the call may proceed.</summary>
    public bool Allowed => Status == 200;
}

/// <summary>
/// Requires an Entra ID caller with the app role <c>Samtale.Admin</c> on the HTTP functions, on top of the
/// function key the host checks (<c>authLevel: function</c>). See <see cref="ApiAuthentication"/> for the two
/// sources of the caller's identity. Thread-safe: the signing keys are fetched once and refreshed by
/// <see cref="ConfigurationManager{T}"/>.
/// </summary>
internal sealed class CallerAuthorizer
{
    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private readonly ApiOptions options;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> keys;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public CallerAuthorizer(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        keys = new(() =>
        {
            var authority = this.options.ResolvedAuthority.AbsoluteUri.TrimEnd('/');
            return new ConfigurationManager<OpenIdConnectConfiguration>(
                authority + "/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = !this.options.ResolvedAuthority.IsLoopback });
        });
    }

    /// <summary>Decides for one request.</summary>
    public Task<CallerDecision> AuthorizeAsync(HttpTrigger request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return options.Authentication == ApiAuthentication.Platform
            ? Task.FromResult(FromPlatform(request))
            : FromBearerAsync(request, cancellationToken);
    }

    private static CallerDecision FromPlatform(HttpTrigger request)
    {
        if (request.Header(PrincipalHeader) is not { Length: > 0 } encoded
            || !string.Equals(request.Header(PrincipalHeader + "-IDP"), "aad", StringComparison.OrdinalIgnoreCase))
        {
            return new CallerDecision(401, null, "Sign in with Entra ID: no Entra ID principal from App Service Authentication.");
        }

        try
        {
            using var principal = JsonDocument.Parse(Convert.FromBase64String(encoded));
            var root = principal.RootElement;
            var roleType = Lenient.Text(Lenient.Property(root, "role_typ")) ?? "roles";
            var claims = Lenient.Property(root, "claims") is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Select(c => (Type: Lenient.Text(Lenient.Property(c, "typ")) ?? string.Empty, Value: Lenient.Text(Lenient.Property(c, "val")) ?? string.Empty)).ToList()
                : [];
            string? Claim(params string[] types) => claims.FirstOrDefault(c => types.Contains(c.Type, StringComparer.Ordinal)).Value is { Length: > 0 } v ? v : null;
            var caller = Claim("oid", ObjectIdClaim, "appid", "azp");
            var roles = claims.Where(c => c.Type == roleType || c.Type == "roles" || c.Type == ClaimTypes.Role).Select(c => c.Value);
            return Decide(caller, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return new CallerDecision(401, null, $"{PrincipalHeader} is not base64-encoded JSON.");
        }
    }

    private async Task<CallerDecision> FromBearerAsync(HttpTrigger request, CancellationToken cancellationToken)
    {
        var authorization = request.Header("Authorization");
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return new CallerDecision(401, null, "No bearer token: send 'Authorization: Bearer <token>' for the API's audience.");
        }

        var configuration = await keys.Value.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), Parameters(configuration)).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The keys may have rolled over since they were fetched: ask for a refresh and try once more (IdentityModel
            // may refresh in the background, so a token with a brand-new key can still fail once).
            keys.Value.RequestRefresh();
            configuration = await keys.Value.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            result = await handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), Parameters(configuration)).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            return new CallerDecision(401, null, "The bearer token is not valid: " + Describe(result.Exception));
        }

        var identity = result.ClaimsIdentity;
        var caller = identity.FindFirst("oid")?.Value ?? identity.FindFirst("appid")?.Value ?? identity.FindFirst("azp")?.Value;
        return Decide(caller, identity.FindAll("roles").Select(c => c.Value));
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration)
    {
        var tenant = options.TenantId;
        var issuers = new List<string> { configuration.Issuer };
        if (!string.IsNullOrEmpty(tenant))
        {
            // v2.0 tokens name the v2 issuer, v1 tokens (an API whose accessTokenAcceptedVersion is unset) the v1 one.
            issuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
            issuers.Add($"https://sts.windows.net/{tenant}/");
        }

        return new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = options.Audiences,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };
    }

    private static CallerDecision Decide(string? caller, IEnumerable<string> roles) =>
        roles.Contains(ApiOptions.AdminRole, StringComparer.Ordinal)
            ? new CallerDecision(200, caller, "Allowed.")
            : new CallerDecision(403, caller, $"The caller does not have the app role {ApiOptions.AdminRole}.");

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "it has expired.",
        SecurityTokenInvalidAudienceException => "it is for another audience.",
        SecurityTokenInvalidIssuerException => "it is from another issuer.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not match the tenant's keys.",
        SecurityTokenMalformedException => "it is not a JWT.",
        null => "unknown reason.",
        _ => exception.GetType().Name + ".",
    };
}
