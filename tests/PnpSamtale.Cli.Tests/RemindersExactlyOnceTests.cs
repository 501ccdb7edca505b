using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant;
using PnpSamtale.LocalTenant.Graph;
using Xunit.Abstractions;

namespace PnpSamtale.Cli.Tests;

/// <summary>
/// Every notice delivered once, as a person or the CI runs it: the real <c>samtale jobs reminders</c> process against a
/// local tenant served by the test, SIGKILLed at a request of its run, or with the answer of one write lost after it was
/// carried out; then run again. Whatever happened, the end is a clean run's: each recipient has exactly one digest of
/// the day with every notice due, <c>Varsler</c> holds each record once with its digest <c>Sendt</c>, and no draft is left.
/// </summary>
public sealed class RemindersExactlyOnceTests(ITestOutputHelper output) : IDisposable
{
    private const string Now = "2026-11-19T07:00+01:00";

    /// <summary>The same day once a killed run's lease on the round has expired (30 minutes): re-runs go on from there.</summary>
    private const string AfterLease = "2026-11-19T07:31+01:00";
    private const string NextDay = "2026-11-20T07:00+01:00";
    private const string Sender = "samtale-eier@local.tenant";
    private const string AdminSite = "medarbeidersamtaler-admin";

    private static readonly string[] Envelopes = ["POST /_api/$batch", "POST /v1.0/$batch"];

    private readonly string root = Directory.CreateTempSubdirectory("samtale-once-").FullName;

    [Fact]
    public async Task Reminders_KilledAtRequestN_TheNextRunDeliversEveryDigestExactlyOnce()
    {
        var template = Provision();
        var clean = await CleanRunAsync(template);

        // Every request of a clean run is two points to die at: before the tenant carries it out, and after it was carried
        // out but before its answer arrived.
        var points = Enumerable.Range(1, (int)clean.Requests).SelectMany(n => new[] { (Request: n, Answered: false), (Request: n, Answered: true) }).ToList();
        Assert.True(points.Count >= 10, $"a clean run makes only {clean.Requests} requests");
        var failures = new List<string>();
        foreach (var (request, answered) in points)
        {
            var what = $"killed {(answered ? "after" : "before")} request {request} was carried out";
            var killer = new Killer(request);
            await using var tenant = await StartAsync(Copy(template, $"kill-{request}-{answered}"), answered ? null : killer.Hit, answered ? killer.Hit : null);
            var killed = RunReminders(tenant, killer.Started);
            Assert.True(killer.Fired, $"{what}: the run ended first: {killed.Out}{killed.Error}");
            Assert.NotEqual(ExitCodes.Ok, killed.Exit);
            AssertOneDigestEach(tenant.GetOutbox());

            var state = await RerunAsync(tenant, what, failures);
            Assert.Equal(clean.State, state);
        }

        output.WriteLine($"kill points: {points.Count}; failures: {failures.Count}");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Reminders_TheAnswerOfEachWriteLostOnce_TheRunsDeliverEveryDigestExactlyOnce()
    {
        var template = Provision();
        var clean = await CleanRunAsync(template);

        // Each write endpoint the job uses, its first and last call (the first and last batch it is in), and the envelopes.
        var drops = clean.Counts.Where(c => IsWrite(c.Key) || Envelopes.Contains(c.Key, StringComparer.Ordinal))
            .SelectMany(c => new[] { 1, (int)c.Value }.Distinct().Select(m => (Endpoint: c.Key, Match: m)))
            .ToList();
        Assert.Contains(drops, d => d.Endpoint.Contains("/messages/{messageId}/send", StringComparison.Ordinal));
        Assert.Contains(drops, d => d.Endpoint.EndsWith("/v1.0/users/{upn}/messages", StringComparison.Ordinal));
        Assert.Contains(drops, d => d.Endpoint.EndsWith("/AddValidateUpdateItemUsingPath", StringComparison.Ordinal));
        Assert.Contains(drops, d => d.Endpoint.EndsWith("/ValidateUpdateListItem", StringComparison.Ordinal));
        var failures = new List<string>();
        var dropped = 0;
        foreach (var (endpoint, match) in drops)
        {
            await using var tenant = await StartAsync(Copy(template, $"drop-{dropped}"));
            tenant.AddFault(new EndpointFault(endpoint, EndpointFaultKind.DropResponseAfterCommit) { FromMatch = match });
            var first = RunReminders(tenant, _ => { });
            Assert.True(tenant.GetFaults().Single().Fired == 1, $"{endpoint} #{match} was not dropped: {first.Out}{first.Error}");
            dropped++;

            // The run that lost an answer may say it could not finish; it must not have sent anything twice.
            AssertOneDigestEach(tenant.GetOutbox());
            tenant.ClearFaults();
            var state = await RerunAsync(tenant, $"{endpoint} #{match} dropped", failures);
            Assert.Equal(clean.State, state);
        }

        output.WriteLine($"dropped responses: {dropped}; failures: {failures.Count}");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Reminders_KilledBeforeItsDrafts_TheNextDayReleasesTheClaimsEvenWhenADeleteLosesItsAnswer()
    {
        var template = Provision();
        string clean;
        await using (var fresh = await StartAsync(Copy(template, "next-day-clean")))
        {
            Assert.True(RunReminders(fresh, _ => { }, NextDay).Exit == ExitCodes.Ok);
            clean = await StateAsync(fresh);
        }

        // Day one dies after its claims, at its first Graph request (the drafts): its digests are Reservert with no mail.
        var killer = new Killer(1);
        await using var tenant = await StartAsync(Copy(template, "next-day"), e => e != "POST /v1.0/$batch" || killer.Hit(e));
        var killed = RunReminders(tenant, killer.Started);
        Assert.True(killer.Fired, killed.Out + killed.Error);
        Assert.Contains("Reservert", await StateAsync(tenant), StringComparison.Ordinal);

        // Day two releases them (notices' records, then the digests'), and the answer of the first delete is lost.
        tenant.AddFault(new EndpointFault("batch:DELETE /_api/web/lists({listKey})/items({itemId})", EndpointFaultKind.DropResponseAfterCommit));
        var next = RunReminders(tenant, _ => { }, NextDay);
        Assert.Equal(1, tenant.GetFaults().Single().Fired);
        tenant.ClearFaults();
        var failures = new List<string>();
        var state = next.Exit == ExitCodes.Ok ? await StateAsync(tenant) : await RerunAsync(tenant, "a release's delete dropped", failures, NextDay);

        Assert.Empty(failures);
        Assert.Equal(clean, state);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static bool IsWrite(string endpoint)
    {
        var request = endpoint.StartsWith(EndpointFault.BatchPrefix, StringComparison.Ordinal) ? endpoint[EndpointFault.BatchPrefix.Length..] : endpoint;
        return !request.StartsWith("GET ", StringComparison.Ordinal) && !Envelopes.Contains(request, StringComparer.Ordinal);
    }

    private static void AssertOneDigestEach(IReadOnlyList<SentMail> outbox)
    {
        var twice = outbox.GroupBy(m => string.Join(",", m.To), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"more than one digest to {string.Join(", ", twice)}");
    }

    /// <summary>A round provisioned once by the command line (in-process), copied for each run.</summary>
    private string Provision()
    {
        var data = Path.Combine(root, "template");
        var start = Cli.Run("round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml",
            "--term", "H2026", "--set", "1.2=2026-11-09", "--data", data, "--local-port", "0");
        Assert.True(start.Exit == ExitCodes.Ok, start.Error);
        return data;
    }

    private string Copy(string template, string name)
    {
        var data = Path.Combine(root, name);
        Directory.CreateDirectory(data);
        foreach (var file in Directory.EnumerateFiles(template))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        return data;
    }

    private async Task<CleanRun> CleanRunAsync(string template)
    {
        await using var tenant = await StartAsync(Copy(template, "clean"));
        tenant.ResetRequestCounts();
        var run = RunReminders(tenant, _ => { });
        Assert.True(run.Exit == ExitCodes.Ok, run.Error);
        var counts = tenant.GetRequestCounts();
        var state = await StateAsync(tenant);
        Assert.True(tenant.GetOutbox().Count >= 3, $"the day has too few digests to test with: {run.Out}");
        Assert.Contains("Sendt", state, StringComparison.Ordinal);
        var requests = counts.Total - counts.ByEndpoint.Where(c => c.Key.StartsWith(EndpointFault.BatchPrefix, StringComparison.Ordinal)).Sum(c => c.Value);
        output.WriteLine($"clean run: {requests} requests, {counts.Writes} writes, {tenant.GetOutbox().Count} digests");
        return new CleanRun(requests, counts.ByEndpoint, state);
    }

    /// <summary>Runs the job again until a run has nothing left to do and fails nothing (at most three runs), and returns the state.</summary>
    private async Task<string> RerunAsync(LocalTenantServer tenant, string what, List<string> failures, string now = AfterLease)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var run = RunReminders(tenant, _ => { }, now);
            if (run.Exit == ExitCodes.Ok)
            {
                if (attempt > 1)
                {
                    failures.Add($"{what}: the first re-run did not finish ({attempt - 1} more needed)");
                }

                AssertOneDigestEach(tenant.GetOutbox());
                return await StateAsync(tenant);
            }

            output.WriteLine($"{what}, re-run {attempt}: exit {run.Exit}: {run.Error}");
        }

        failures.Add($"{what}: three re-runs did not finish");
        return await StateAsync(tenant);
    }

    private (int Exit, string Out, string Error) RunReminders(LocalTenantServer tenant, Action<Process> started, string now = Now) =>
        SamtaleProcess.Run(
            new Dictionary<string, string> { ["SharePoint__Auth"] = "None" },
            root,
            started,
            "jobs", "reminders", "--now", now, "--tenant", tenant.BaseUri.AbsoluteUri, "--mail-sender", Sender,
            "--blueprint", Path.Combine(Cli.Root, "templates/site/blueprint.yaml"));

    private static Task<LocalTenantServer> StartAsync(string data, Func<string, bool>? before = null, Func<string, bool>? after = null) =>
        LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = data, Port = 0, BeforeRequest = before, AfterRequest = after }, CancellationToken.None);

    /// <summary>
    /// What a person would check: the digests delivered (to, subject, body — no two to the same person), every record in
    /// <c>Varsler</c> (key, digest, state; no key twice) and how many drafts the sender's Drafts still hold.
    /// </summary>
    private static async Task<string> StateAsync(LocalTenantServer tenant)
    {
        using var http = new HttpClient { BaseAddress = tenant.BaseUri };
        http.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json;odata=nometadata"));
        var items = await GetAsync(http, $"sites/{AdminSite}/_api/web/lists/getbytitle('Varsler')/items?$select=Varselnokkel,Sammendragsnokkel,Varselstatus&$top=5000");
        var records = items.Select(i => $"{i!["Varselnokkel"]} {i["Sammendragsnokkel"]} {i["Varselstatus"]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(records.Count, items.Select(i => i!["Varselnokkel"]!.GetValue<string>()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var drafts = await GetAsync(http, $"v1.0/users/{Sender}/mailFolders/drafts/messages");
        var host = tenant.BaseUri.GetLeftPart(UriPartial.Authority);
        var mail = tenant.GetOutbox().Select(m => $"{string.Join(",", m.To)} | {m.Subject}\n{m.Body.Replace(host, "http://tenant", StringComparison.Ordinal)}").Order(StringComparer.Ordinal);
        return string.Join("\n", [.. mail, .. records, string.Create(CultureInfo.InvariantCulture, $"drafts: {drafts.Count}")]);
    }

    private static async Task<JsonArray> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["value"]!.AsArray();
    }

    private sealed record CleanRun(long Requests, IReadOnlyDictionary<string, long> Counts, string State);

    /// <summary>SIGKILLs the command line's process at its N-th request (before or after the tenant carries it out, as it is hooked).</summary>
    private sealed class Killer(int at)
    {
        private readonly TaskCompletionSource<Process> process = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int count;
        private bool fired;

        public bool Fired => Volatile.Read(ref fired);

        public void Started(Process started) => process.TrySetResult(started);

        public bool Hit(string endpoint)
        {
            if (Interlocked.Increment(ref count) != at)
            {
                return true;
            }

            // Fired first: the test thread sees the process end as soon as the signal lands.
            var victim = process.Task.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            Volatile.Write(ref fired, true);
            victim.Kill();
            victim.WaitForExit();
            return false;
        }
    }
}
