using PnpSamtale.LocalTenant;
using Xunit;
using Xunit.Abstractions;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>
/// The real <c>samtale round start</c> process killed with SIGKILL when the N-th request reaches the tenant, for points
/// spread over a whole run; and runs on a tenant where the first answer of every write endpoint provisioning uses is
/// lost once (carried out, then the connection dropped), until one run succeeds. After re-runs the end state — lists, items and their values, groups, role
/// assignments, folders, files, views — equals a clean run's, so nothing is duplicated or missing. A killed run leaves
/// its lease on the round: a re-run at the same moment exits 4 naming it; the re-runs here run as if 31 minutes later
/// (<c>--now</c>), past its expiry, and take it over.
/// </summary>
public sealed class CliKillMatrixTests(ITestOutputHelper output)
{
    /// <summary>Every run's moment, so the plans agree; the re-runs after a kill are past the killed run's lease.</summary>
    private const string Now = "2026-11-02T09:00:00Z";
    private const string Later = "2026-11-02T09:31:00Z";
    private const int KillPoints = 11;

    /// <summary>How many of the leases killed runs leave are also shown to refuse a re-run at the same moment (each costs a run).</summary>
    private const int BlockedChecks = 3;

    [Fact]
    public async Task RoundStart_KilledAtElevenPoints_AndEveryWriteEndpointsAnswerLostOnce_EndsAsACleanRunEnds()
    {
        var started = DateTimeOffset.UtcNow;
        var (clean, requests, endpoints) = await CleanRunAsync();
        Assert.InRange(requests, KillPoints + 1, 10_000);

        var leasesLeft = 0;
        var points = Enumerable.Range(1, KillPoints).Select(i => Math.Max(1, requests * i / (KillPoints + 1))).Distinct().ToList();
        foreach (var point in points)
        {
            var killer = new Killer(point);
            await using var fixture = await RoundFixture.StartAsync(onRequest: killer.OnRequestAsync);
            using (var run = killer.Track(SamtaleRun.Start(fixture.Tenant.BaseUri, Now)))
            {
                var (exit, _, error) = await run.WaitAsync();
                Assert.True(run.Killed, $"the run ended (exit {exit}) before request {point} of {requests}: {error}");
            }

            if (await Leases.LeftAsync(fixture) is { } lease && ++leasesLeft <= BlockedChecks)
            {
                // The killed run's lease holds the round until it expires: a re-run now is refused and says by whom.
                var blocked = await SamtaleRun.RunAsync(fixture.Tenant.BaseUri, Now);
                Assert.True(blocked.Exit == 4, $"a re-run while the killed run's lease holds exited {blocked.Exit}: {blocked.Error}");
                Assert.Contains($"Runde H2026: en annen kjøring pågår siden 2026-11-02 10:00 (norsk tid) (kjøring {lease.RunId:D}", blocked.Error, StringComparison.Ordinal);
            }

            await AssertFinishesAsCleanAsync(fixture, clean, $"killed at request {point} of {requests}");
        }

        // Every write endpoint's answer lost once: all the faults set on one tenant, each hitting the first request to its
        // endpoint; runs (as if later) until one succeeds and every fault has fired.
        var faults = new FaultOptions();
        foreach (var endpoint in endpoints)
        {
            faults.Endpoints.Add(new EndpointFault(endpoint, EndpointFaultKind.DropResponseAfterCommit) { Times = 1 });
        }

        await using (var fixture = await RoundFixture.StartAsync(faults))
        {
            var runs = new List<int>();
            while (runs.Count < endpoints.Count + 3 && (runs.Count == 0 || runs[^1] != 0 || fixture.Tenant.GetFaults().Any(f => f.Fired == 0)))
            {
                runs.Add((await SamtaleRun.RunAsync(fixture.Tenant.BaseUri, runs.Count == 0 ? Now : Later)).Exit);
            }

            var unfired = fixture.Tenant.GetFaults().Where(f => f.Fired != 1).Select(f => $"{f.Fault.Endpoint} fired {f.Fired}").ToList();
            Assert.True(unfired.Count == 0, "answers not dropped exactly once: " + string.Join("; ", unfired));
            Assert.Equal(0, runs[^1]);
            var resumed = await SnapshotAsync(fixture);
            Assert.True(clean == resumed, $"after every write endpoint's answer was lost once: {KillAndResumeTests.FirstDifference(clean, resumed)}");
            Assert.Null(await Leases.LeftAsync(fixture));
            output.WriteLine($"Dropped answers: {endpoints.Count} write endpoints ({string.Join(", ", endpoints)}), each answer lost once; {runs.Count} runs, exits {string.Join(",", runs)}.");
        }

        output.WriteLine($"Kill matrix: {requests} requests in a clean run; {points.Count} kill points ({string.Join(", ", points)}), {leasesLeft} of them left a lease ({Math.Min(leasesLeft, BlockedChecks)} shown to refuse a re-run before it expired); " +
            $"{endpoints.Count} write endpoints with an answer dropped once; failures: 0; {(DateTimeOffset.UtcNow - started).TotalSeconds:0} s.");
    }

    /// <summary>A clean run: its end state, the requests that reached the tenant, and the write endpoints they used.</summary>
    private static async Task<(string Snapshot, int Requests, IReadOnlyList<string> WriteEndpoints)> CleanRunAsync()
    {
        var counter = new Killer(int.MaxValue);
        await using var fixture = await RoundFixture.StartAsync(onRequest: counter.OnRequestAsync);
        var run = await SamtaleRun.RunAsync(fixture.Tenant.BaseUri, Now);
        Assert.True(run.Exit == 0, run.Error);
        var writes = fixture.Tenant.GetRequestCounts().ByEndpoint.Keys.Where(IsWrite).Order(StringComparer.Ordinal).ToList();
        var requests = counter.Seen;
        return (await SnapshotAsync(fixture), requests, writes);
    }

    /// <summary>Re-runs (as if 31 minutes later) until one succeeds, at most three times; then the end state must be the clean run's.</summary>
    private static async Task AssertFinishesAsCleanAsync(RoundFixture fixture, string clean, string what)
    {
        var last = (Exit: -1, Out: string.Empty, Error: string.Empty);
        for (var attempt = 0; attempt < 3 && last.Exit != 0; attempt++)
        {
            last = await SamtaleRun.RunAsync(fixture.Tenant.BaseUri, Later);
        }

        Assert.True(last.Exit == 0, $"{what}: the re-run exited {last.Exit}: {last.Error}");
        var resumed = await SnapshotAsync(fixture);
        Assert.True(clean == resumed, $"{what}: the end state differs from a clean run's: {KillAndResumeTests.FirstDifference(clean, resumed)}");
        Assert.Null(await Leases.LeftAsync(fixture));
    }

    private static async Task<string> SnapshotAsync(RoundFixture fixture) =>
        await SiteSnapshot.TakeAsync(fixture, fixture.Design.Admin) + await SiteSnapshot.TakeAsync(fixture, fixture.Design.Round);

    /// <summary>
    /// The endpoints that change something: every key whose method writes, except <c>$batch</c> envelopes (their
    /// operations are counted and faulted as <c>batch:</c> keys) and <c>SPSiteManager/status</c>, a read sent as <c>POST</c>.
    /// </summary>
    private static bool IsWrite(string key)
    {
        var bare = key.StartsWith(EndpointFault.BatchPrefix, StringComparison.Ordinal) ? key[EndpointFault.BatchPrefix.Length..] : key;
        var method = bare.Split(' ')[0];
        return method is "POST" or "PUT" or "PATCH" or "DELETE" or "MERGE"
            && !bare.EndsWith("/$batch", StringComparison.Ordinal)
            && !bare.Contains("SPSiteManager/status", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Counts the requests reaching the tenant and kills the tracked process when the N-th arrives (the request is then carried out, its answer lost).</summary>
    private sealed class Killer(int killAt)
    {
        private readonly TaskCompletionSource<SamtaleRun> tracked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int seen;

        public int Seen => seen;

        public SamtaleRun Track(SamtaleRun run)
        {
            tracked.TrySetResult(run);
            return run;
        }

        public async Task OnRequestAsync(string endpoint)
        {
            if (Interlocked.Increment(ref seen) == killAt)
            {
                await (await tracked.Task).KillAsync();
            }
        }
    }
}
