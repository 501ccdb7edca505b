using System.Net;
using System.Text.Json;
using PnpSamtale.Jobs.Tests;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.Tests.Shared;
using Xunit.Abstractions;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The published handler, started as the Functions host starts it and fed the payloads the host sends, against the
/// local tenant with the StInn example round H2026 (1.2 on 9 November). Its clock is the host's
/// <c>Metadata.sys.UtcNow</c>, so each invocation happens on the day the test says.
/// </summary>
[Collection(PackageGroup.Name)]
public sealed class FakeHostTests(PublishedPackage package, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Nov12Early = new(2026, 11, 12, 5, 0, 0, TimeSpan.Zero);  // 06:00 in Oslo
    private static readonly DateTimeOffset Nov12 = new(2026, 11, 12, 6, 0, 0, TimeSpan.Zero);       // 07:00 in Oslo
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 1, 30, 0, TimeSpan.Zero);      // 02:30 in Oslo
    private static readonly DateTimeOffset Feb22 = new(2027, 2, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Oct25 = new(2027, 10, 25, 4, 0, 0, TimeSpan.Zero);       // ultimo oktober

    [Fact]
    public async Task EveryFunction_ReplayedAsTheHostSendsIt_DoesItsWorkOnTheLocalTenant()
    {
        await using var issuer = await TestIssuer.StartAsync();
        await using var fixture = await JobsFixture.StartAsync(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates/rosters/stinn-eksempel.yaml")), new DateOnly(2026, 10, 20));
        await using var handler = await HandlerProcess.StartAsync(package.Handler, package.AppRoot, Settings(fixture.Tenant, issuer));
        output.WriteLine($"Start-up to first answer: {handler.StartupTime.TotalMilliseconds:F0} ms");

        // DeadlineReminders, not monitored (ScheduleStatus null), at 06:00 Oslo time: too early, nothing happens.
        var early = await InvokeAtAsync(fixture, handler, "DeadlineReminders", Nov12Early, HostPayloads.Timer("DeadlineReminders", Nov12Early, withStatus: false));
        Assert.Equal(HttpStatusCode.OK, early.Status);
        Assert.Contains("før 07:00", early.LogText, StringComparison.Ordinal);
        Assert.Empty(fixture.Tenant.GetOutbox());

        // DeadlineReminders with a tracked schedule at 07:00 Oslo: the day's digests are in the outbox, once.
        var reminders = await InvokeAtAsync(fixture, handler, "DeadlineReminders", Nov12, HostPayloads.Timer("DeadlineReminders", Nov12, withStatus: true));
        Assert.Equal(HttpStatusCode.OK, reminders.Status);
        Assert.Equal(JsonValueKind.Object, reminders.Outputs.ValueKind);
        Assert.Empty(reminders.Outputs.EnumerateObject());
        Assert.Contains("planlagt kjøring, forrige 2026-11-11 06:00 UTC, neste 2026-11-13 06:00 UTC", reminders.LogText, StringComparison.Ordinal);
        var sent = fixture.Tenant.GetOutbox();
        Assert.NotEmpty(sent);
        Assert.Contains($"sendt {sent.Count} e-post(er)", reminders.LogText, StringComparison.Ordinal);
        var again = await InvokeAtAsync(fixture, handler, "DeadlineReminders", Nov12.AddMinutes(60), HostPayloads.Timer("DeadlineReminders", Nov12.AddMinutes(60), withStatus: true, pastDue: true));
        Assert.Contains("forsinket kjøring", again.LogText, StringComparison.Ordinal);
        Assert.Contains("sendt 0 e-post(er)", again.LogText, StringComparison.Ordinal);
        Assert.Equal(sent.Count, fixture.Tenant.GetOutbox().Count);
        var late = await InvokeAtAsync(fixture, handler, "DeadlineReminders", Nov12.AddMinutes(60), HostPayloads.Timer("DeadlineReminders", Nov12.AddMinutes(60), withStatus: true));
        Assert.Contains("dagens påminnelser gikk ved 07:00-kjøringen", late.LogText, StringComparison.Ordinal);

        // Reconcile on a schedule's first run (the "never" dates of a fresh status): checks the round, changes nothing.
        var reconcile = await InvokeAtAsync(fixture, handler, "Reconcile", Nov12.AddMinutes(15), HostPayloads.FirstTimer("Reconcile", Nov12.AddMinutes(15)));
        Assert.Equal(HttpStatusCode.OK, reconcile.Status);
        Assert.Contains("Runde H2026:", reconcile.LogText, StringComparison.Ordinal);
        Assert.Contains("0 feilet", reconcile.LogText, StringComparison.Ordinal);

        // ShredExpiredForms the night after the term: the expired forms are gone, with a receipt in Logg.
        var formsList = fixture.Blueprint.Round.List(ListRole.Forms).Title;
        var formsBefore = (await fixture.ItemsAsync(fixture.RoundSite, formsList, Fields.FileName)).Count;
        var shred = await InvokeAtAsync(fixture, handler, "ShredExpiredForms", NewYear, HostPayloads.Timer("ShredExpiredForms", NewYear, withStatus: true));
        Assert.Equal(HttpStatusCode.OK, shred.Status);
        var formsAfter = (await fixture.ItemsAsync(fixture.RoundSite, formsList, Fields.FileName)).Count;
        Assert.True(formsAfter < formsBefore, $"No form was destroyed ({formsBefore} before, {formsAfter} after):\n{shred.LogText}");
        Assert.Contains($"makulert {formsBefore - formsAfter} skjema", shred.LogText, StringComparison.Ordinal);
        var admin = RoundDesigner.AdminSiteUrl(fixture.Blueprint, fixture.Tenant.BaseUri);
        var receipts = await fixture.ItemsAsync(admin, fixture.Blueprint.Admin.List(ListRole.Log).Title, Fields.LogEvent, Fields.Details);
        Assert.Contains(receipts, r => r.GetString(Fields.LogEvent) == "Skjema makulert");

        // StartRound: refused without a token, with a token lacking the role, with an expired or foreign token.
        var body = """{ "routine": "stinn-medarbeidersamtaler", "term": "V2027", "setDates": { "1.2": "2027-03-08" } }""";
        var anonymous = await StartRoundAsync(fixture, handler, body, token: null);
        Assert.Equal(401, anonymous.Http.Status);
        Assert.False(anonymous.Outputs.TryGetProperty("round", out _));
        Assert.Equal(403, (await StartRoundAsync(fixture, handler, body, issuer.Token(["Samtale.Reader"]))).Http.Status);
        Assert.Equal(401, (await StartRoundAsync(fixture, handler, body, issuer.Token(["Samtale.Admin"], validFor: TimeSpan.FromHours(-1)))).Http.Status);
        Assert.Equal(401, (await StartRoundAsync(fixture, handler, body, issuer.Token(["Samtale.Admin"], foreignKey: true))).Http.Status);
        Assert.Equal(401, (await StartRoundAsync(fixture, handler, body, issuer.Token(["Samtale.Admin"], audience: "api://someone-else"))).Http.Status);
        Assert.Equal(401, (await StartRoundAsync(fixture, handler, body, issuer.Token(["Samtale.Admin"], issuer: "https://login.microsoftonline.com/0b7c8d2e-0000-4000-8000-000000000001/v2.0"))).Http.Status);
        var forged = await StartRoundAsync(fixture, handler, """{ "routine": "stinn-medarbeidersamtaler", "term": "V2027", "requestedBy": "someone-else" }""", issuer.Token(["Samtale.Admin"]));
        Assert.Equal(400, forged.Http.Status);
        Assert.StartsWith("requestedBy: unknown field", forged.Http.Body.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        // StartRound with bad input: 400 listing every problem, nothing queued.
        var bad = await StartRoundAsync(fixture, handler, """{ "routine": "stinn-medarbeidersamtaler", "term": "Høst", "setDates": { "9x": "2027-13-01", "1.2": "09.11.2026" }, "colour": "red" }""", issuer.Token(["Samtale.Admin"]));
        Assert.Equal(400, bad.Http.Status);
        Assert.False(bad.Outputs.TryGetProperty("round", out _));
        var problems = bad.Http.Body.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Collection(problems.Order(StringComparer.Ordinal),
            p => Assert.StartsWith("colour: unknown field", p, StringComparison.Ordinal),
            p => Assert.StartsWith("setDates.1.2: '09.11.2026' is not a date", p, StringComparison.Ordinal),
            p => Assert.StartsWith("setDates.9x: not a step number", p, StringComparison.Ordinal),
            p => Assert.StartsWith("term: 'Høst' is not a term", p, StringComparison.Ordinal));
        var unknown = await StartRoundAsync(fixture, handler, """{ "routine": "../site/blueprint", "term": "V2027" }""", issuer.Token(["Samtale.Admin"]));
        Assert.Contains("routine: '../site/blueprint' is not a routine here; one of ntnu-medarbeidersamtale, stinn-medarbeidersamtaler.", unknown.Http.Body.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        // StartRound allowed: 202 with the status URL, the order in the queue output binding.
        var accepted = await StartRoundAsync(fixture, handler, body, issuer.Token(["Samtale.Admin"]));
        Assert.Equal(202, accepted.Http.Status);
        Assert.Equal("https://samtale-func.azurewebsites.net/api/rounds/V2027", accepted.Http.Body.GetProperty("statusUrl").GetString());
        Assert.Equal("https://samtale-func.azurewebsites.net/api/rounds/V2027", accepted.Http.Headers.GetProperty("Location").GetString());
        var message = accepted.Outputs.GetProperty("round").GetString()!;
        using (var order = JsonDocument.Parse(message))
        {
            Assert.Equal("V2027", order.RootElement.GetProperty("term").GetString());
            Assert.Equal("2027-03-08", order.RootElement.GetProperty("setDates").GetProperty("1.2").GetString());
            Assert.Equal(TestIssuer.CallerObjectId, order.RootElement.GetProperty("requestedBy").GetString());
        }

        // ProvisionRound with that message: the spring round is provisioned from the roster in Verv.
        var provision = await InvokeAtAsync(fixture, handler, "ProvisionRound", Feb22, HostPayloads.Queue("ProvisionRound", message, 1, Feb22));
        Assert.True(provision.Status == HttpStatusCode.OK, provision.LogText + handler.Output);
        Assert.Contains("forsøk 1 av 5", provision.LogText, StringComparison.Ordinal);
        Assert.Contains("Ferdig:", provision.LogText, StringComparison.Ordinal);
        var redelivered = await InvokeAtAsync(fixture, handler, "ProvisionRound", Feb22.AddMinutes(1), HostPayloads.Queue("ProvisionRound", message, 2, Feb22.AddMinutes(1)));
        Assert.Contains("Ferdig: 0 endringer", redelivered.LogText, StringComparison.Ordinal);

        // RoundStatus: the new round's progress; 404 for a round without a site; 400 for something that is not a term.
        var status = await RoundStatusAsync(fixture, handler, "V2027", issuer.Token(["Samtale.Admin"]));
        Assert.Equal(200, status.Http.Status);
        Assert.Equal("V2027", status.Http.Body.GetProperty("term").GetString());
        Assert.True(status.Http.Body.GetProperty("conversations").GetProperty("total").GetInt32() > 0, status.Http.Body.ToString());
        Assert.Equal(404, (await RoundStatusAsync(fixture, handler, "H2031", issuer.Token(["Samtale.Admin"]))).Http.Status);
        Assert.Equal(400, (await RoundStatusAsync(fixture, handler, "banana", issuer.Token(["Samtale.Admin"]))).Http.Status);
        Assert.Equal(401, (await RoundStatusAsync(fixture, handler, "V2027", token: null)).Http.Status);

        // A message that cannot be used fails the invocation (500), so the host retries it and then poisons it.
        var poison = await InvokeAtAsync(fixture, handler, "ProvisionRound", Feb22, HostPayloads.Queue("ProvisionRound", """{"routine":"nope","term":"V2027"}""", 5, Feb22));
        Assert.Equal(HttpStatusCode.InternalServerError, poison.Status);
        Assert.Contains("giftkøen", poison.LogText, StringComparison.Ordinal);

        // RoundKickoff in ultimo oktober: nothing while Autostart is off; the next round queued once it is on.
        var off = await InvokeAtAsync(fixture, handler, "RoundKickoff", Oct25, HostPayloads.Timer("RoundKickoff", Oct25, withStatus: true));
        Assert.Equal(HttpStatusCode.OK, off.Status);
        Assert.False(off.Outputs.TryGetProperty("round", out _), off.LogText);
        Assert.Contains("automatisk start er ikke slått på for V2027", off.LogText, StringComparison.Ordinal);
        await SetAutostartAsync(fixture, "V2027");
        var on = await InvokeAtAsync(fixture, handler, "RoundKickoff", Oct25, HostPayloads.Timer("RoundKickoff", Oct25, withStatus: true));
        using (var next = JsonDocument.Parse(on.Outputs.GetProperty("round").GetString()!))
        {
            Assert.Equal("H2027", next.RootElement.GetProperty("term").GetString());
            Assert.Equal("stinn-medarbeidersamtaler", next.RootElement.GetProperty("routine").GetString());
            Assert.Equal("RoundKickoff", next.RootElement.GetProperty("requestedBy").GetString());
        }

        // A function the app does not have.
        Assert.Equal(HttpStatusCode.NotFound, (await handler.InvokeAsync("NoSuchFunction", HostPayloads.Timer("NoSuchFunction", Nov12, true))).Status);
        output.WriteLine($"Peak memory after the scenario: {handler.PeakMemoryMiB():F0} MiB");
    }

    [Fact]
    public async Task PlatformAuthentication_TheCallerFromXMsClientPrincipal_NeedsTheAdminRole()
    {
        await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions(), CancellationToken.None);
        var settings = new Dictionary<string, string>(Settings(tenant, issuer: null)) { ["Samtale__Api__Authentication"] = "Platform", ["WEBSITE_AUTH_ENABLED"] = "True" };
        await using var handler = await HandlerProcess.StartAsync(package.Handler, package.AppRoot, settings);
        static string Principal(params string[] roles) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[] { new { typ = "preferred_username", val = "ou-admin@stinn.example" } }
                .Concat(roles.Select(r => new { typ = "roles", val = r })).ToArray(),
        }));

        async Task<Reply> CallWith(string? principal, string identityProvider = "aad")
        {
            var headers = principal is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = principal, ["X-MS-CLIENT-PRINCIPAL-IDP"] = identityProvider };
            var payload = HostPayloads.Http("RoundStatus", "GET", "https://samtale-func.azurewebsites.net/api/rounds/H2026", headers, new Dictionary<string, string> { ["term"] = "H2026" }, null, Nov12);
            return await handler.InvokeAsync("RoundStatus", payload);
        }

        Assert.Equal(401, (await CallWith(null)).Http.Status);
        Assert.Equal(401, (await CallWith("not base64 json")).Http.Status);
        Assert.Equal(401, (await CallWith(Principal("Samtale.Admin"), identityProvider: "github")).Http.Status);
        Assert.Equal(403, (await CallWith(Principal("Samtale.Reader"))).Http.Status);
        Assert.Equal(404, (await CallWith(Principal("Samtale.Reader", "Samtale.Admin"))).Http.Status);   // allowed; the round has no site

        // The host may invoke concurrently: each answer carries its own invocation's log, nothing of the others'.
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => CallWith(i % 2 == 0 ? Principal("Samtale.Admin") : Principal("Samtale.Reader"))));
        Assert.All(replies.Where((_, i) => i % 2 == 0), r => Assert.Equal((404, 1), (r.Http.Status, r.Logs.Count(l => l.Contains("har ikke noe nettsted", StringComparison.Ordinal)))));
        Assert.All(replies.Where((_, i) => i % 2 == 1), r => Assert.Equal((403, 0), (r.Http.Status, r.Logs.Count(l => l.Contains("nettsted", StringComparison.Ordinal)))));
    }

    [Fact]
    public async Task SharePointDown_TimersFailWith500_HttpAnswers503()
    {
        var dead = new Uri($"http://127.0.0.1:{HandlerProcess.FreePort()}/");
        var settings = new Dictionary<string, string>
        {
            ["SharePoint__TenantUrl"] = dead.AbsoluteUri,
            ["SharePoint__GraphBaseUrl"] = dead.AbsoluteUri + "v1.0",
            ["SharePoint__Auth"] = "None",
            ["SharePoint__MaxRetryAttempts"] = "0",
            ["Samtale__SiteOwner"] = JobsFixture.SiteOwner,
            ["Samtale__MailSender"] = JobsFixture.SiteOwner,
            ["Samtale__Api__Authentication"] = "Platform",
            ["WEBSITE_AUTH_ENABLED"] = "True",
        };
        await using var handler = await HandlerProcess.StartAsync(package.Handler, package.AppRoot, settings);
        var reconcile = await handler.InvokeAsync("Reconcile", HostPayloads.Timer("Reconcile", Nov12, withStatus: true));
        Assert.Equal(HttpStatusCode.InternalServerError, reconcile.Status);
        Assert.Contains(reconcile.Logs, l => l.StartsWith("FEIL: ", StringComparison.Ordinal));
        Assert.Contains("Reconcile [", handler.Output, StringComparison.Ordinal);   // the console keeps the lines, with the invocation id

        var principal = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new { auth_typ = "aad", claims = new[] { new { typ = "roles", val = "Samtale.Admin" } } }));
        var headers = new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = principal, ["X-MS-CLIENT-PRINCIPAL-IDP"] = "aad" };
        var status = await handler.InvokeAsync("RoundStatus", HostPayloads.Http("RoundStatus", "GET", "https://samtale-func.azurewebsites.net/api/rounds/H2026", headers, new Dictionary<string, string> { ["term"] = "H2026" }, null, Nov12));
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal(503, status.Http.Status);
        Assert.Equal("60", status.Http.Headers.GetProperty("Retry-After").GetString());
    }

    [Fact]
    public async Task StartUp_PlatformAuthenticationWithoutAppServiceAuthentication_IsRefused()
    {
        await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions(), CancellationToken.None);
        var settings = new Dictionary<string, string>(Settings(tenant, issuer: null)) { ["Samtale__Api__Authentication"] = "Platform" };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => HandlerProcess.StartAsync(package.Handler, package.AppRoot, settings));
        Assert.Contains("Samtale__Api__Authentication 'Platform' needs App Service Authentication on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_WithoutSettings_StopsAndNamesEveryMissingAppSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => HandlerProcess.StartAsync(package.Handler, package.AppRoot, new Dictionary<string, string>()));
        Assert.Contains("exited with 1", error.Message, StringComparison.Ordinal);
        foreach (var setting in new[] { "SharePoint__TenantUrl", "Samtale__SiteOwner", "Samtale__MailSender", "Samtale__Api__TenantId", "Samtale__Api__Audience" })
        {
            Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Settings(LocalTenantServer tenant, TestIssuer? issuer) => new()
    {
        ["SharePoint__TenantUrl"] = tenant.BaseUri.AbsoluteUri,
        ["SharePoint__GraphBaseUrl"] = tenant.GraphBaseUri.AbsoluteUri,
        ["SharePoint__Auth"] = "None",
        ["Samtale__SiteOwner"] = JobsFixture.SiteOwner,
        ["Samtale__MailSender"] = JobsFixture.SiteOwner,
        ["Samtale__Api__TenantId"] = TestIssuer.TenantId,
        ["Samtale__Api__Audience"] = TestIssuer.Audience,
        ["Samtale__Api__Authority"] = issuer?.Authority.AbsoluteUri ?? "https://login.microsoftonline.com/" + TestIssuer.TenantId + "/v2.0",
    };

    private static async Task<Reply> InvokeAtAsync(JobsFixture fixture, HandlerProcess handler, string function, DateTimeOffset at, string payload)
    {
        fixture.Clock.Now = at;
        return await handler.InvokeAsync(function, payload);
    }

    private static Task<Reply> StartRoundAsync(JobsFixture fixture, HandlerProcess handler, string body, string? token)
    {
        var headers = token is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Authorization"] = "Bearer " + token };
        return InvokeAtAsync(fixture, handler, "StartRound", Feb22, HostPayloads.Http("StartRound", "POST", "https://samtale-func.azurewebsites.net/api/rounds", headers, null, body, Feb22));
    }

    private static Task<Reply> RoundStatusAsync(JobsFixture fixture, HandlerProcess handler, string term, string? token)
    {
        var headers = token is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Authorization"] = "Bearer " + token };
        var payload = HostPayloads.Http("RoundStatus", "GET", $"https://samtale-func.azurewebsites.net/api/rounds/{term}", headers, new Dictionary<string, string> { ["term"] = term }, null, Feb22);
        return InvokeAtAsync(fixture, handler, "RoundStatus", Feb22.AddHours(1), payload);
    }

    private static async Task SetAutostartAsync(JobsFixture fixture, string term)
    {
        var admin = RoundDesigner.AdminSiteUrl(fixture.Blueprint, fixture.Tenant.BaseUri);
        var rounds = fixture.Blueprint.Admin.List(ListRole.Rounds).Title;
        var item = (await fixture.ItemsAsync(admin, rounds, Fields.Round)).Single(i => i.GetString(Fields.Round) == term);
        var list = (await fixture.Get<ListClient>().FindListAsync(admin, rounds, CancellationToken.None))!;
        var result = await fixture.Get<ItemClient>().UpdateItemAsync(admin, list.Id, item.Id, [FormValue.Boolean(Fields.Autostart, true)], CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}
