using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PnpSamtale.Functions.Tests.HostStandIn;
using PnpSamtale.Jobs.Tests;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using Xunit.Abstractions;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The published worker, started and invoked by the host stand-in, against the local tenant with the StInn example
/// round H2026 (1.2 on 9 November): every function, on the days the scenario says, with its effect on the tenant and
/// on the queue (Azurite).
/// </summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class StandInScenarioTests(FunctionsAppFixture app, ITestOutputHelper output)
{
    internal const string PublicUrl = "https://samtale-func.azurewebsites.net";

    private static readonly DateTimeOffset Nov12Early = new(2026, 11, 12, 5, 0, 0, TimeSpan.Zero);  // 06:00 in Oslo
    private static readonly DateTimeOffset Nov12 = new(2026, 11, 12, 6, 0, 0, TimeSpan.Zero);       // 07:00 in Oslo
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 1, 30, 0, TimeSpan.Zero);      // 02:30 in Oslo
    private static readonly DateTimeOffset Feb22 = new(2027, 2, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Oct25 = new(2027, 10, 25, 4, 0, 0, TimeSpan.Zero);       // ultimo oktober

    [Fact]
    public async Task EveryFunction_InvokedAsTheHostInvokesIt_DoesItsWorkOnTheLocalTenant()
    {
        var host = await app.WorkerAsync();
        var queues = app.Queues(host);
        var tenant = app.Tenant;
        output.WriteLine($"Worker start to functions loaded: {host.StartupTime.TotalMilliseconds:F0} ms");
        Assert.Equal(["DeadlineReminders", "ProvisionRound", "Reconcile", "RoundKickoff", "RoundStatus", "ShredExpiredForms", "StartRound"], host.Functions.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("http://localhost:", host.Capabilities["HttpUri"], StringComparison.Ordinal);   // HTTP through the worker's ASP.NET Core endpoint

        // DeadlineReminders, not monitored (ScheduleStatus null), at 06:00 Oslo time: too early, nothing happens.
        app.At(Nov12Early);
        var early = Succeeded(await host.InvokeTimerAsync("DeadlineReminders", status: null));
        Assert.Contains("før 07:00", early.LogText, StringComparison.Ordinal);
        Assert.Empty(tenant.Tenant.GetOutbox());

        // DeadlineReminders with a tracked schedule at 07:00 Oslo: the day's digests are in the outbox, once.
        app.At(Nov12);
        var reminders = Succeeded(await host.InvokeTimerAsync("DeadlineReminders", Tracked(Nov12)));
        Assert.Empty(reminders.Outputs);
        Assert.Contains("planlagt kjøring, forrige 2026-11-11 06:00 UTC, neste 2026-11-12 06:00 UTC", reminders.LogText, StringComparison.Ordinal);
        var sent = tenant.Tenant.GetOutbox();
        Assert.NotEmpty(sent);
        Assert.Contains($"sendt {sent.Count} e-post(er)", reminders.LogText, StringComparison.Ordinal);
        app.At(Nov12.AddHours(1));
        var again = Succeeded(await host.InvokeTimerAsync("DeadlineReminders", Tracked(Nov12), isPastDue: true));
        Assert.Contains("forsinket kjøring", again.LogText, StringComparison.Ordinal);
        Assert.Contains("sendt 0 e-post(er)", again.LogText, StringComparison.Ordinal);
        Assert.Equal(sent.Count, tenant.Tenant.GetOutbox().Count);
        var late = Succeeded(await host.InvokeTimerAsync("DeadlineReminders", Tracked(Nov12.AddHours(1))));
        Assert.Contains("dagens påminnelser gikk ved 07:00-kjøringen", late.LogText, StringComparison.Ordinal);

        // Reconcile on a schedule's first run (the "never" of a fresh status): checks the round, changes nothing.
        app.At(Nov12.AddMinutes(15));
        var reconcile = Succeeded(await host.InvokeTimerAsync("Reconcile", new TimerStatus(DateTime.MinValue, Nov12.AddMinutes(15).UtcDateTime, DateTime.MinValue)));
        Assert.Contains("planlagt kjøring, neste 2026-11-12 06:15 UTC", reconcile.LogText, StringComparison.Ordinal);
        Assert.Contains("Runde H2026:", reconcile.LogText, StringComparison.Ordinal);
        Assert.Contains("0 feilet", reconcile.LogText, StringComparison.Ordinal);

        // ShredExpiredForms the night after the term: the expired forms are gone, with a receipt in Logg whose run id
        // is the host's invocation id.
        var formsList = tenant.Blueprint.Round.List(ListRole.Forms).Title;
        var formsBefore = (await tenant.ItemsAsync(tenant.RoundSite, formsList, Fields.FileName)).Count;
        app.At(NewYear);
        var shred = Succeeded(await host.InvokeTimerAsync("ShredExpiredForms", Tracked(NewYear)));
        var formsAfter = (await tenant.ItemsAsync(tenant.RoundSite, formsList, Fields.FileName)).Count;
        Assert.True(formsAfter < formsBefore, $"No form was destroyed ({formsBefore} before, {formsAfter} after):\n{shred.LogText}");
        Assert.Contains($"makulert {formsBefore - formsAfter} skjema", shred.LogText, StringComparison.Ordinal);
        Assert.Contains($"kvittering i Logg, kjøring {shred.InvocationId}", shred.LogText, StringComparison.Ordinal);
        var admin = RoundDesigner.AdminSiteUrl(tenant.Blueprint, tenant.Tenant.BaseUri);
        var receipts = await tenant.ItemsAsync(admin, tenant.Blueprint.Admin.List(ListRole.Log).Title, Fields.LogEvent, Fields.Details);
        Assert.Contains(receipts, r => r.GetString(Fields.LogEvent) == "Skjema makulert");

        await StartAndProvisionAsync(host, queues);
        await PoisonAsync(host, queues);
        await KickoffAsync(host, queues);
        output.WriteLine($"Peak memory of the worker after the scenario: {host.PeakMemoryMiB():F0} MiB");
    }

    /// <summary>StartRound queues the order in Azurite; ProvisionRound takes it from there; RoundStatus shows the round.</summary>
    private async Task StartAndProvisionAsync(FunctionsHostStandIn host, QueueListener queues)
    {
        app.At(Feb22);
        var token = app.Issuer.Token(["Samtale.Admin"]);
        var body = """{ "routine": "stinn-medarbeidersamtaler", "term": "V2027", "setDates": { "1.2": "2027-03-08" } }""";

        // Bad input: 400 listing every problem, nothing queued.
        var bad = await PostRoundAsync(host, """{ "routine": "stinn-medarbeidersamtaler", "term": "Høst", "setDates": { "9x": "2027-13-01", "1.2": "09.11.2026" }, "colour": "red" }""", token);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Empty(bad.Invocation!.QueueMessages("Round"));
        Assert.Collection(bad.Json().GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal),
            p => Assert.StartsWith("colour: unknown field", p, StringComparison.Ordinal),
            p => Assert.StartsWith("setDates.1.2: '09.11.2026' is not a date", p, StringComparison.Ordinal),
            p => Assert.StartsWith("setDates.9x: not a step number", p, StringComparison.Ordinal),
            p => Assert.StartsWith("term: 'Høst' is not a term", p, StringComparison.Ordinal));
        var unknown = await PostRoundAsync(host, """{ "routine": "../site/blueprint", "term": "V2027" }""", token);
        Assert.Contains("routine: '../site/blueprint' is not a routine here; one of ntnu-medarbeidersamtale, stinn-medarbeidersamtaler.", unknown.Json().GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        var forged = await PostRoundAsync(host, """{ "routine": "stinn-medarbeidersamtaler", "term": "V2027", "requestedBy": "someone-else" }""", token);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.StartsWith("requestedBy: unknown field", forged.Json().GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        // Allowed: 202 with the status URL; the host writes the queue output to samtale-rounds.
        var accepted = await PostRoundAsync(host, body, token);
        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
        Assert.Equal($"{PublicUrl}/api/rounds/V2027", accepted.Json().GetProperty("statusUrl").GetString());
        Assert.Equal($"{PublicUrl}/api/rounds/V2027", accepted.Headers["Location"]);
        Assert.Single(await queues.WriteOutputsAsync(accepted.Invocation!));
        var queued = (await queues.Queue("samtale-rounds").PeekMessagesAsync(10)).Value;
        var message = Assert.Single(queued).MessageText;
        using (var order = JsonDocument.Parse(message))
        {
            Assert.Equal("V2027", order.RootElement.GetProperty("term").GetString());
            Assert.Equal("2027-03-08", order.RootElement.GetProperty("setDates").GetProperty("1.2").GetString());
            Assert.Equal(TestIssuer.CallerObjectId, order.RootElement.GetProperty("requestedBy").GetString());
            Assert.Equal("2027-02-22T08:00:00.0000000+00:00", order.RootElement.GetProperty("requestedAt").GetString());
        }

        // ProvisionRound takes the message from the queue: the spring round is provisioned from the roster in Verv.
        var provision = Assert.Single(await queues.DrainAsync("ProvisionRound"));
        Assert.True(provision.Succeeded, provision.Error + "\n" + provision.LogText + "\n" + host.Output);
        Assert.Contains("forsøk 1 av 5", provision.LogText, StringComparison.Ordinal);
        Assert.Contains("Ferdig:", provision.LogText, StringComparison.Ordinal);
        Assert.Empty((await queues.Queue("samtale-rounds").PeekMessagesAsync(10)).Value);

        // The same order delivered again writes nothing.
        await queues.Queue("samtale-rounds").SendMessageAsync(message);
        var redelivered = Assert.Single(await queues.DrainAsync("ProvisionRound"));
        Assert.Contains("Ferdig: 0 endringer", redelivered.LogText, StringComparison.Ordinal);

        // RoundStatus: the new round's progress; 404 for a round without a site; 400 for something that is not a term.
        var status = await GetStatusAsync(host, "V2027", token);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("application/json; charset=utf-8", status.Headers["Content-Type"]);
        var json = status.Json();
        Assert.Equal("V2027", json.GetProperty("term").GetString());
        Assert.Equal("2027-02-22", json.GetProperty("asOf").GetString());
        Assert.True(json.GetProperty("conversations").GetProperty("total").GetInt32() > 0, status.Body);
        Assert.Equal(HttpStatusCode.NotFound, (await GetStatusAsync(host, "H2031", token)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetStatusAsync(host, "banana", token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{PublicUrl}/api/rounds/V2027"))).Status);
    }

    /// <summary>A message that cannot be used fails every delivery; after host.json's five it is in the poison queue.</summary>
    private static async Task PoisonAsync(FunctionsHostStandIn host, QueueListener queues)
    {
        Assert.Equal(5, queues.MaxDequeueCount);
        await queues.Queue("samtale-rounds").SendMessageAsync("""{"routine":"nope","term":"V2027"}""");
        var deliveries = await queues.DrainAsync("ProvisionRound");
        Assert.Equal([1, 2, 3, 4, 5], deliveries.Select((d, i) => d.Succeeded ? -1 : i + 1));
        Assert.All(deliveries.Take(4), d => Assert.Contains("den prøves igjen og havner i giftkøen (samtale-rounds-poison) etter siste forsøk", d.Error, StringComparison.Ordinal));
        Assert.All(deliveries, d => Assert.Contains("FEIL: routine: 'nope' is not a routine here", d.LogText, StringComparison.Ordinal));
        Assert.Contains("forsøk 1 av 5", deliveries[0].LogText, StringComparison.Ordinal);
        Assert.Contains("forsøk 5 av 5", deliveries[^1].LogText, StringComparison.Ordinal);
        Assert.Contains("flyttes til giftkøen (samtale-rounds-poison)", deliveries[^1].Error, StringComparison.Ordinal);
        var poisoned = (await queues.Queue("samtale-rounds-poison").PeekMessagesAsync(10)).Value;
        Assert.Equal("""{"routine":"nope","term":"V2027"}""", Assert.Single(poisoned).MessageText);
        Assert.Empty((await queues.Queue("samtale-rounds").PeekMessagesAsync(10)).Value);
    }

    /// <summary>RoundKickoff in ultimo oktober: nothing while Autostart is off; the next round queued once it is on.</summary>
    private async Task KickoffAsync(FunctionsHostStandIn host, QueueListener queues)
    {
        app.At(Oct25);
        var off = Succeeded(await host.InvokeTimerAsync("RoundKickoff", Tracked(Oct25)));
        Assert.Empty(off.QueueMessages("$return"));
        Assert.Contains("automatisk start er ikke slått på for V2027", off.LogText, StringComparison.Ordinal);
        await SetAutostartAsync("V2027");
        var on = Succeeded(await host.InvokeTimerAsync("RoundKickoff", Tracked(Oct25)));
        var written = Assert.Single(await queues.WriteOutputsAsync(on));
        var queued = Assert.Single((await queues.Queue("samtale-rounds").ReceiveMessagesAsync(10)).Value);
        Assert.Equal(written, queued.MessageText);
        using var next = JsonDocument.Parse(queued.MessageText);
        Assert.Equal("H2027", next.RootElement.GetProperty("term").GetString());
        Assert.Equal("stinn-medarbeidersamtaler", next.RootElement.GetProperty("routine").GetString());
        Assert.Equal("RoundKickoff", next.RootElement.GetProperty("requestedBy").GetString());
        await queues.Queue("samtale-rounds").DeleteMessageAsync(queued.MessageId, queued.PopReceipt);
    }

    /// <summary>The status the host keeps for a monitored schedule when it fires at <paramref name="now"/>: last the day before, next now.</summary>
    internal static TimerStatus Tracked(DateTimeOffset now) =>
        new(now.UtcDateTime.AddDays(-1).AddTicks(12345), now.UtcDateTime, now.UtcDateTime.AddDays(-1).AddTicks(12345));

    internal static InvocationResult Succeeded(InvocationResult invocation)
    {
        Assert.True(invocation.Succeeded, $"{invocation.Function.Name} failed: {invocation.Error}\n{invocation.LogText}");
        return invocation;
    }

    internal static Task<HttpAnswer> GetStatusAsync(FunctionsHostStandIn host, string term, string? token, bool withKey = true, IDictionary<string, string>? headers = null) =>
        host.SendAsync(Request(host, HttpMethod.Get, $"{PublicUrl}/api/rounds/{term}", null, token, withKey, headers));

    internal static Task<HttpAnswer> PostRoundAsync(FunctionsHostStandIn host, string body, string? token) =>
        host.SendAsync(Request(host, HttpMethod.Post, $"{PublicUrl}/api/rounds", body, token, withKey: true, null));

    internal static HttpRequestMessage Request(FunctionsHostStandIn host, HttpMethod method, string url, string? body, string? token, bool withKey, IDictionary<string, string>? headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (withKey)
        {
            request.Headers.Add("x-functions-key", host.FunctionKey);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task SetAutostartAsync(string term)
    {
        var tenant = app.Tenant;
        var admin = RoundDesigner.AdminSiteUrl(tenant.Blueprint, tenant.Tenant.BaseUri);
        var rounds = tenant.Blueprint.Admin.List(ListRole.Rounds).Title;
        var item = (await tenant.ItemsAsync(admin, rounds, Fields.Round)).Single(i => i.GetString(Fields.Round) == term);
        var list = (await tenant.Get<ListClient>().FindListAsync(admin, rounds, CancellationToken.None))!;
        var result = await tenant.Get<ItemClient>().UpdateItemAsync(admin, list.Id, item.Id, [FormValue.Boolean(Fields.Autostart, true)], CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}
