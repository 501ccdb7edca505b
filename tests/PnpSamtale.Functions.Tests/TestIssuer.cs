using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// An Entra ID stand-in on loopback: the tenant's OpenID configuration and signing keys at
/// <c>{Instance}{TenantId}/v2.0/.well-known/openid-configuration</c> (where Microsoft.Identity.Web looks, with
/// <c>AzureAd__Instance</c> pointing here), and access tokens signed with its key — or shaped the ways an attacker
/// would try.
/// </summary>
internal sealed class TestIssuer : IAsyncDisposable
{
    public const string TenantId = "8f2d6c1e-4b7a-4e0f-9c3d-2a1b5e6f7a80";
    public const string ClientId = "5b0e9a44-7d1c-4f2a-9e63-0c8d2b1f7a35";
    public const string AppIdUri = "api://pnpsamtale-tests";
    public const string CallerObjectId = "3c9e1b7a-5d2f-4a8e-b6c0-71f4e2d9a513";
    public const string ForeignTenantId = "0b7c8d2e-0000-4000-8000-000000000001";

    private const string KeyId = "test-signing-key";

    private readonly WebApplication app;
    private readonly RsaSecurityKey key;

    private TestIssuer(WebApplication app, RsaSecurityKey key, Uri instance)
    {
        this.app = app;
        this.key = key;
        Instance = instance;
    }

    /// <summary>The instance (<c>AzureAd__Instance</c>).</summary>
    public Uri Instance { get; }

    /// <summary>The tenant's issuer, as its metadata names it.</summary>
    public string Issuer => $"{Instance.AbsoluteUri}{TenantId}/v2.0";

    public static async Task<TestIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        Uri? instance = null;
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (RequestDelegate)(context =>
        {
            var tenant = context.Request.RouteValues["tenant"] as string;
            var authority = $"{instance!.AbsoluteUri}{tenant}/v2.0";
            return context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["issuer"] = authority,
                ["jwks_uri"] = $"{instance.AbsoluteUri}{tenant}/discovery/v2.0/keys",
                ["authorization_endpoint"] = authority + "/authorize",
                ["token_endpoint"] = authority + "/token",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("code"),
                ["subject_types_supported"] = new JsonArray("pairwise"),
            });
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (RequestDelegate)(context =>
        {
            var parameters = key.Rsa.ExportParameters(false);
            return context.Response.WriteAsJsonAsync(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                }),
            });
        }));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        instance = new Uri($"http://127.0.0.1:{address.Port}/");
        return new TestIssuer(app, key, instance);
    }

    /// <summary>
    /// An access token for the API, signed with the tenant's key unless told otherwise. <paramref name="audience"/>
    /// <c>null</c> leaves <c>aud</c> out; <paramref name="roles"/> go in <c>roles</c>, <paramref name="claims"/> beside them.
    /// </summary>
    public string Token(
        string[] roles,
        string? audience = ClientId,
        TimeSpan? validFor = null,
        DateTime? notBefore = null,
        string? issuer = null,
        string tenantId = TenantId,
        SecurityKey? signingKey = null,
        IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (validFor ?? TimeSpan.FromHours(1));
        var payload = new Dictionary<string, object>
        {
            ["oid"] = CallerObjectId,
            ["tid"] = tenantId,
            ["ver"] = "2.0",
            ["azp"] = "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
        };
        if (roles.Length > 0)
        {
            payload["roles"] = roles;
        }

        foreach (var (name, value) in claims ?? new Dictionary<string, object>())
        {
            payload[name] = value;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            IssuedAt = expires - TimeSpan.FromHours(2),
            NotBefore = notBefore ?? expires - TimeSpan.FromHours(2),
            Expires = expires,
            Claims = payload,
            SigningCredentials = new SigningCredentials(signingKey ?? key, signingKey is SymmetricSecurityKey ? SecurityAlgorithms.HmacSha256 : SecurityAlgorithms.RsaSha256),
        };
        if (audience is not null)
        {
            descriptor.Audience = audience;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A key the tenant never published, under the tenant key's id (a forged signature) or its own (an unknown key).</summary>
    public static RsaSecurityKey ForeignKey(bool sameKeyId) => new(RSA.Create(2048)) { KeyId = sameKeyId ? KeyId : "some-other-key" };

    /// <summary>
    /// The tenant's public key used as an HMAC secret under its key id: the algorithm confusion that makes a verifier
    /// who trusts the header's <c>alg</c> check an HS256 signature with a key everyone has.
    /// </summary>
    public SymmetricSecurityKey PublicKeyAsSecret() =>
        new(Encoding.UTF8.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem())) { KeyId = KeyId };

    /// <summary>A token with <c>alg: none</c> and no signature, with every claim a valid one would have.</summary>
    public string Unsigned(string[] roles)
    {
        var valid = Token(roles);
        var payload = valid.Split('.')[1];
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{payload}.";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
