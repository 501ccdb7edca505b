using System.Net;
using System.Text.Json;
using static PnpSamtale.Functions.Tests.StandInScenarioTests;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The worker with App Service Authentication as the source of callers (<c>X-MS-CLIENT-PRINCIPAL</c>), and with a
/// SharePoint that does not answer: callers are checked all the same, an admitted one gets 503 with <c>Retry-After</c>,
/// and a timer fails so the host records the failure.
/// </summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class PlatformTests(FunctionsAppFixture app)
{
    /// <summary>The headers App Service Authentication passes for a caller from <paramref name="provider"/> with these app roles.</summary>
    internal static Dictionary<string, string> PrincipalHeaders(string provider, params string[] roles) => new()
    {
        ["X-MS-CLIENT-PRINCIPAL"] = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[]
                {
                    new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = TestIssuer.CallerObjectId },
                    new { typ = "preferred_username", val = "ou-admin@stinn.example" },
                }
                .Concat(roles.Select(r => new { typ = "roles", val = r })).ToArray(),
        })),
        ["X-MS-CLIENT-PRINCIPAL-IDP"] = provider,
    };

    [Fact]
    public async Task Platform_CallerFromAppServiceAuthentication_NeedsAnAadPrincipalWithTheAdminRole()
    {
        var host = await app.PlatformWorkerAsync();
        var anonymous = await GetStatusAsync(host, "H2026", token: null);
        Assert.True(anonymous.Status == HttpStatusCode.Unauthorized, $"{anonymous.Status}: {anonymous.Body}\n{host.Output}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetStatusAsync(host, "H2026", null, headers: new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = "not base64 json", ["X-MS-CLIENT-PRINCIPAL-IDP"] = "aad" })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetStatusAsync(host, "H2026", null, headers: PrincipalHeaders("github", "Samtale.Admin"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetStatusAsync(host, "H2026", null, headers: PrincipalHeaders("aad", "Samtale.Reader"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetStatusAsync(host, "H2026", app.Issuer.Token(["Samtale.Admin"]))).Status);

        // Admitted: the function runs, SharePoint does not answer, the caller gets 503 and is told when to come back.
        var admitted = await GetStatusAsync(host, "H2026", null, headers: PrincipalHeaders("aad", "Samtale.Reader", "Samtale.Admin"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, admitted.Status);
        Assert.Equal("60", admitted.Headers["Retry-After"]);
        Assert.Contains($"Kalt av objekt-id {TestIssuer.CallerObjectId}", admitted.Invocation!.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Platform_ConcurrentCallers_EachInvocationKeepsItsOwnLog()
    {
        var host = await app.PlatformWorkerAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => GetStatusAsync(host, "H2026", null, headers: PrincipalHeaders("aad", i % 2 == 0 ? "Samtale.Admin" : "Samtale.Reader"))));
        Assert.All(answers.Where((_, i) => i % 2 == 0), a => Assert.Equal((HttpStatusCode.ServiceUnavailable, 1, 0), (a.Status, Count(a, "SharePoint svarte ikke"), Count(a, "Avvist"))));
        Assert.All(answers.Where((_, i) => i % 2 == 1), a => Assert.Equal((HttpStatusCode.Forbidden, 0, 1), (a.Status, Count(a, "SharePoint svarte ikke"), Count(a, "Avvist"))));
        Assert.Equal(8, answers.Select(a => a.Invocation!.InvocationId).Distinct().Count());
    }

    [Fact]
    public async Task HttpFunctionThrows_TheCallerGets500_TheHostRecordsAFailure()
    {
        var host = await app.PlatformWorkerAsync();
        var request = Request(host, HttpMethod.Post, $"{PublicUrl}/api/rounds", """{ "routine": "broken", "term": "V2027" }""", token: null, withKey: true, PrincipalHeaders("aad", "Samtale.Admin"));
        var answer = await host.SendAsync(request);
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(string.Empty, answer.Body);
        Assert.False(answer.Invocation!.Succeeded);
        Assert.True(answer.Invocation.Error!.Contains("broken.yaml has errors", StringComparison.Ordinal), answer.Invocation.Error);
    }

    [Fact]
    public async Task SharePointDown_TimerThrows_TheHostRecordsAFailure()
    {
        var host = await app.PlatformWorkerAsync();
        var reconcile = await host.InvokeTimerAsync("Reconcile", Tracked(DateTimeOffset.UtcNow));
        Assert.False(reconcile.Succeeded, reconcile.LogText);
        Assert.True(reconcile.Error!.Contains("Connection refused", StringComparison.Ordinal), reconcile.Error);
    }

    private static int Count(HostStandIn.HttpAnswer answer, string text) => answer.Invocation!.Logs.Count(l => l.Message.Contains(text, StringComparison.Ordinal));
}
