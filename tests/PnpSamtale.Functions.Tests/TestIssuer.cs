using System.Net;
using System.Security.Cryptography;
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
/// An Entra ID stand-in on loopback: an OpenID configuration and signing keys at
/// <c>{Authority}/.well-known/openid-configuration</c>, and tokens signed with its key (or another one).
/// </summary>
internal sealed class TestIssuer : IAsyncDisposable
{
    public const string Audience = "api://pnpsamtale-tests";
    public const string TenantId = "8f2d6c1e-4b7a-4e0f-9c3d-2a1b5e6f7a80";
    public const string CallerObjectId = "3c9e1b7a-5d2f-4a8e-b6c0-71f4e2d9a513";

    private readonly WebApplication app;
    private readonly RsaSecurityKey key;

    private TestIssuer(WebApplication app, RsaSecurityKey key, Uri authority)
    {
        this.app = app;
        this.key = key;
        Authority = authority;
    }

    public Uri Authority { get; }

    public static async Task<TestIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        Uri? authority = null;
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (RequestDelegate)(context => context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["issuer"] = authority!.AbsoluteUri.TrimEnd('/'),
            ["jwks_uri"] = authority.AbsoluteUri.TrimEnd('/') + "/keys",
            ["authorization_endpoint"] = authority.AbsoluteUri.TrimEnd('/') + "/authorize",
            ["token_endpoint"] = authority.AbsoluteUri.TrimEnd('/') + "/token",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["response_types_supported"] = new JsonArray("code"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
        })));
        app.MapGet("/{tenant}/v2.0/keys", (RequestDelegate)(context =>
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
        authority = new Uri($"http://127.0.0.1:{address.Port}/{TenantId}/v2.0");
        return new TestIssuer(app, key, authority);
    }

    /// <summary>A v2.0 access token for <paramref name="audience"/> with these app roles.</summary>
    public string Token(string[] roles, string audience = Audience, TimeSpan? validFor = null, bool foreignKey = false, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        var lifetime = validFor ?? TimeSpan.FromHours(1);
        var signing = foreignKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.KeyId } : key;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority.AbsoluteUri.TrimEnd('/'),
            Audience = audience,
            IssuedAt = now + lifetime - TimeSpan.FromHours(2),
            NotBefore = now + lifetime - TimeSpan.FromHours(2),
            Expires = now + lifetime,
            Claims = new Dictionary<string, object>
            {
                ["roles"] = roles,
                ["preferred_username"] = "ou-admin@stinn.example",
                ["oid"] = CallerObjectId,
                ["tid"] = TenantId,
            },
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
