using System.Net;
using System.Text.Json;
using PnpSamtale.Functions.Tests.HostStandIn;
using Xunit.Abstractions;
using static PnpSamtale.Functions.Tests.StandInScenarioTests;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// Who may call the HTTP functions, through the host stand-in and the worker's caller check: bearer tokens validated by
/// Microsoft.Identity.Web (issuer of the tenant, audience, lifetime, signature, the app role in <c>roles</c>) against
/// the Entra ID stand-in; every way in that must stay shut. The round asked for has no site, so an admitted caller
/// gets 404 and a refused one 401 or 403 without the function running.
/// </summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class CallerTests(FunctionsAppFixture app, ITestOutputHelper output)
{
    private const string NoSuchRound = "H2031";

    public static TheoryData<string> Refused => new(RefusedTokens.Keys);

    public static TheoryData<string> Admitted => new(AdmittedTokens.Keys);

    private const string Signature = "its signature does not match the tenant's keys";

    private static readonly Dictionary<string, (Func<TestIssuer, string> Token, string Reason)> RefusedTokens = new()
    {
        ["alg none"] = (issuer => issuer.Unsigned(["Samtale.Admin"]), Signature),
        ["HS256 signed with the public key"] = (issuer => issuer.Token(["Samtale.Admin"], signingKey: issuer.PublicKeyAsSecret()), Signature),
        ["expired"] = (issuer => issuer.Token(["Samtale.Admin"], validFor: TimeSpan.FromHours(-1)), "it has expired"),
        ["not yet valid"] = (issuer => issuer.Token(["Samtale.Admin"], validFor: TimeSpan.FromHours(3), notBefore: DateTime.UtcNow.AddHours(1)), "it is not valid yet"),
        ["wrong audience"] = (issuer => issuer.Token(["Samtale.Admin"], audience: "api://someone-else"), "it is for another audience"),
        ["absent audience"] = (issuer => issuer.Token(["Samtale.Admin"], audience: null), "it is for another audience"),
        ["foreign issuer"] = (issuer => issuer.Token(["Samtale.Admin"], issuer: $"https://login.microsoftonline.com/{TestIssuer.ForeignTenantId}/v2.0"), "it is from another issuer"),
        ["foreign tenant"] = (issuer => issuer.Token(["Samtale.Admin"], issuer: $"{issuer.Instance.AbsoluteUri}{TestIssuer.ForeignTenantId}/v2.0", tenantId: TestIssuer.ForeignTenantId), "it is from another issuer"),
        ["forged signature"] = (issuer => issuer.Token(["Samtale.Admin"], signingKey: TestIssuer.ForeignKey(sameKeyId: true)), Signature),
        ["unknown key"] = (issuer => issuer.Token(["Samtale.Admin"], signingKey: TestIssuer.ForeignKey(sameKeyId: false)), Signature),
        ["not a JWT"] = (_ => "not-a-token", "it is not a JWT"),
    };

    private static readonly Dictionary<string, Func<TestIssuer, string>> ForbiddenTokens = new()
    {
        ["another role"] = issuer => issuer.Token(["Samtale.Reader"]),
        ["role in scp"] = issuer => issuer.Token([], claims: new Dictionary<string, object> { ["scp"] = "Samtale.Admin" }),
        ["role in groups"] = issuer => issuer.Token(["Samtale.Reader"], claims: new Dictionary<string, object> { ["groups"] = new[] { "Samtale.Admin" } }),
        ["role in wids"] = issuer => issuer.Token(["Samtale.Reader"], claims: new Dictionary<string, object> { ["wids"] = new[] { "Samtale.Admin" } }),
    };

    private static readonly Dictionary<string, Func<TestIssuer, string>> AdmittedTokens = new()
    {
        ["v2.0 token for the client id"] = issuer => issuer.Token(["Samtale.Admin"]),
        ["token for the Application ID URI"] = issuer => issuer.Token(["Samtale.Admin"], audience: TestIssuer.AppIdUri),
        ["token for api://client id"] = issuer => issuer.Token(["Samtale.Reader", "Samtale.Admin"], audience: "api://" + TestIssuer.ClientId),
    };

    public static TheoryData<string> Forbidden => new(ForbiddenTokens.Keys);

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bearer_InvalidToken_401WithoutRunningTheFunction(string token)
    {
        var host = await app.WorkerAsync();
        var (make, reason) = RefusedTokens[token];
        var answer = await GetStatusAsync(host, NoSuchRound, make(app.Issuer));
        AssertRefused(answer, HttpStatusCode.Unauthorized);
        Assert.StartsWith("Bearer", answer.Headers["WWW-Authenticate"], StringComparison.Ordinal);
        Assert.Equal($"The bearer token is not valid: {reason}.", answer.Json().GetProperty("error").GetString());
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Bearer_ValidTokenWithoutTheAppRoleInRoles_403WithoutRunningTheFunction(string token)
    {
        var host = await app.WorkerAsync();
        var answer = await GetStatusAsync(host, NoSuchRound, ForbiddenTokens[token](app.Issuer));
        AssertRefused(answer, HttpStatusCode.Forbidden);
        Assert.Contains("Samtale.Admin", answer.Json().GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Admitted))]
    public async Task Bearer_AdminToken_RunsTheFunction(string token)
    {
        var host = await app.WorkerAsync();
        var answer = await GetStatusAsync(host, NoSuchRound, AdmittedTokens[token](app.Issuer));
        Assert.True(answer.Status == HttpStatusCode.NotFound, $"{answer.Status}: {answer.Body}\n{answer.Invocation?.LogText}\n{host.Output}");
        Assert.Contains($"Kalt av objekt-id {TestIssuer.CallerObjectId} med rollen Samtale.Admin.", answer.Invocation!.LogText, StringComparison.Ordinal);
        Assert.Contains($"Runde {NoSuchRound} har ikke noe nettsted", answer.Invocation.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_NoToken_401WithBearerChallenge()
    {
        var host = await app.WorkerAsync();
        var answer = await GetStatusAsync(host, NoSuchRound, token: null);
        AssertRefused(answer, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", answer.Headers["WWW-Authenticate"]);
        Assert.StartsWith("No caller identity", answer.Json().GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_ForgedAppServicePrincipalWithoutToken_401()
    {
        var host = await app.WorkerAsync();
        var answer = await GetStatusAsync(host, NoSuchRound, token: null, headers: PlatformTests.PrincipalHeaders("aad", "Samtale.Admin"));
        AssertRefused(answer, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Bearer_TheTenantsKeysOutOfReach_503WithRetryAfter_WithoutRunningTheFunction()
    {
        var host = await app.KeylessWorkerAsync();
        var answer = await GetStatusAsync(host, NoSuchRound, app.Issuer.Token(["Samtale.Admin"], issuer: $"{app.KeylessInstance.AbsoluteUri}{TestIssuer.TenantId}/v2.0"));
        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, $"{answer.Status}: {answer.Body}\n{answer.Invocation?.LogText}");
        Assert.Equal("60", answer.Headers["Retry-After"]);
        Assert.Contains("FEIL: Kunne ikke hente nøklene til å sjekke tokenet", answer.Invocation!.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain("har ikke noe nettsted", answer.Invocation.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_NoFunctionKey_401BeforeTheWorkerIsAsked()
    {
        var host = await app.WorkerAsync();
        var answer = await GetStatusAsync(host, NoSuchRound, app.Issuer.Token(["Samtale.Admin"]), withKey: false);
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Null(answer.Invocation);
    }

    private void AssertRefused(HttpAnswer answer, HttpStatusCode status)
    {
        output.WriteLine($"{(int)answer.Status} {answer.Body}");
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.Headers["Content-Type"]);
        Assert.Equal(JsonValueKind.String, answer.Json().GetProperty("error").ValueKind);
        var invocation = Assert.IsType<InvocationResult>(answer.Invocation);
        Assert.True(invocation.Succeeded, invocation.Error);
        Assert.Contains($"Avvist ({(int)status})", invocation.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain("har ikke noe nettsted", invocation.LogText, StringComparison.Ordinal);
    }
}
