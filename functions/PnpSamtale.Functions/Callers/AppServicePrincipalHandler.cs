using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PnpSamtale.Functions.Callers;

/// <summary>
/// The caller App Service Authentication validated and passed on: <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON with
/// <c>auth_typ</c>, <c>role_typ</c> and <c>claims: [{typ, val}]</c>) from the <c>aad</c> identity provider
/// (<c>X-MS-CLIENT-PRINCIPAL-IDP</c>). The header is trusted only because the app refuses to start in this mode
/// unless the platform's authentication is on (see <see cref="ApiOptionsValidator"/>), and only then does the
/// platform strip client-sent copies. App roles become <c>roles</c> claims, as in a token.
/// </summary>
internal sealed class AppServicePrincipalHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The authentication scheme's name.</summary>
    public const string SchemeName = "AppServiceAuthentication";

    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    private const string ProviderHeader = "X-MS-CLIENT-PRINCIPAL-IDP";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var encoded = Request.Headers[PrincipalHeader].ToString();
        if (encoded.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!string.Equals(Request.Headers[ProviderHeader].ToString(), "aad", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("Sign in with Entra ID: the principal is not from the aad identity provider."));
        }

        try
        {
            using var principal = JsonDocument.Parse(Convert.FromBase64String(encoded));
            var identity = Identity(principal.RootElement);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{PrincipalHeader} is not base64-encoded JSON of a principal."));
        }
    }

    private static ClaimsIdentity Identity(JsonElement principal)
    {
        var roleType = principal.TryGetProperty("role_typ", out var declared) && declared.ValueKind == JsonValueKind.String ? declared.GetString() : null;
        var claims = new List<Claim>();
        foreach (var claim in principal.GetProperty("claims").EnumerateArray())
        {
            var type = claim.GetProperty("typ").GetString() ?? string.Empty;
            var value = claim.GetProperty("val").GetString() ?? string.Empty;
            var isRole = type == roleType || type == ClaimTypes.Role || type == ApiOptions.RolesClaim;
            claims.Add(new Claim(isRole ? ApiOptions.RolesClaim : type, value));
        }

        return new ClaimsIdentity(claims, "aad", nameType: CallerIdentity.ObjectIdClaim, roleType: ApiOptions.RolesClaim);
    }
}
