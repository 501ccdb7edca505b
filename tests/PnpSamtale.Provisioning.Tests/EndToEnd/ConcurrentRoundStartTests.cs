using PnpSamtale.LocalTenant;
using Xunit;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>
/// Two <c>samtale round start</c> processes on the same new round at once: exactly one provisions it, the other exits 4
/// with one line naming the run that holds the round, and the end state is a clean run's — no 409, no duplicate key.
/// </summary>
public sealed class ConcurrentRoundStartTests
{
    private const string Now = "2026-11-02T09:00:00Z";

    [Fact]
    public async Task TwoRoundStartsAtOnce_OneRuns_TheOtherExitsFourNamingIt_AndTheEndStateIsAClean()
    {
        string clean;
        await using (var fixture = await RoundFixture.StartAsync())
        {
            var run = await SamtaleRun.RunAsync(fixture.Tenant.BaseUri, Now);
            Assert.True(run.Exit == 0, run.Error);
            clean = await SnapshotAsync(fixture);
        }

        // A little latency on every request keeps the first run going while the second looks at the lease.
        await using var shared = await RoundFixture.StartAsync(new FaultOptions { Latency = TimeSpan.FromMilliseconds(25) });
        var both = await Task.WhenAll(SamtaleRun.RunAsync(shared.Tenant.BaseUri, Now), SamtaleRun.RunAsync(shared.Tenant.BaseUri, Now));

        var ran = Assert.Single(both, r => r.Exit == 0);
        var refused = Assert.Single(both, r => r.Exit != 0);
        Assert.True(refused.Exit == 4, $"exit {refused.Exit}: {refused.Error}");
        var line = Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^samtale: Runde H2026: en annen kjøring pågår siden 2026-11-02 10:00 \(norsk tid\) \(kjøring [0-9a-f-]{36}, samtale round start på .+\); låsen går ut 2026-11-02 10:30 \(norsk tid\) om den ikke fornyes\.$", line);
        Assert.Contains("Ferdig:", ran.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferdig:", refused.Out, StringComparison.Ordinal);

        var end = await SnapshotAsync(shared);
        Assert.True(clean == end, KillAndResumeTests.FirstDifference(clean, end));
        Assert.Null(await Leases.LeftAsync(shared));
    }

    private static async Task<string> SnapshotAsync(RoundFixture fixture) =>
        await SiteSnapshot.TakeAsync(fixture, fixture.Design.Admin) + await SiteSnapshot.TakeAsync(fixture, fixture.Design.Round);
}
