using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.SharePoint.Http;
using Xunit;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>
/// A run stopped after N requests — before the N-th is sent, or after it was carried out but before its answer
/// arrived — is finished by the next run, and the end state equals a clean run's.
/// </summary>
public sealed class KillAndResumeTests
{
    [Fact]
    public async Task A_run_killed_at_any_request_is_finished_by_the_next_run()
    {
        string clean;
        int total;
        await using (var fixture = await RoundFixture.StartAsync())
        {
            await fixture.ProvisionAsync();
            total = fixture.Tenant.GetRequestCounts().Http();
            clean = await Snapshot(fixture);
        }

        // Every cut point of a clean run (it is short: batches keep it to a few dozen requests), both ways.
        Assert.InRange(total, 5, 60);
        for (var cut = 1; cut < total; cut++)
        {
            foreach (var afterSending in new[] { false, true })
            {
                using var breaker = new Breaker(cut, afterSending);
                await using var fixture = await RoundFixture.StartAsync(configure: services =>
                    services.AddHttpClient<WireTransport>().AddHttpMessageHandler(() => new BreakingHandler(breaker)));
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.ProvisionAsync(breaker.Token));
                breaker.Disarm();

                var reports = await fixture.ProvisionAsync();

                Assert.All(reports, r => Assert.Empty(r.Failures));
                var resumed = await Snapshot(fixture);
                Assert.True(clean == resumed, $"the end state after a cut at request {cut} ({(afterSending ? "after" : "before")} sending) differs from a clean run's: {FirstDifference(clean, resumed)}");
            }
        }
    }

    [Fact]
    public async Task A_run_under_injected_429s_ends_where_a_clean_run_ends()
    {
        string clean;
        await using (var fixture = await RoundFixture.StartAsync())
        {
            await fixture.ProvisionAsync();
            clean = await Snapshot(fixture);
        }

        // Throttled operations of a batch are re-sent after the others; grants that ran before their scope's
        // breakroleinheritance must go again, or these permissions would be missing.
        await using var throttled = await RoundFixture.StartAsync(new LocalTenant.FaultOptions { ThrottleRate = 0.2, RetryAfter = TimeSpan.Zero, Seed = 11 });
        var reports = await throttled.ProvisionAsync();

        Assert.All(reports, r => Assert.Empty(r.Failures));
        var resumed = await Snapshot(throttled);
        Assert.True(clean == resumed, FirstDifference(clean, resumed));
    }

    internal static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: expected «{left}», got «{right}»";
            }
        }

        return "none";
    }

    private static async Task<string> Snapshot(RoundFixture fixture) =>
        await SiteSnapshot.TakeAsync(fixture, fixture.Design.Admin) + await SiteSnapshot.TakeAsync(fixture, fixture.Design.Round);

    private sealed class Breaker(int cutAt, bool afterSending) : IDisposable
    {
        private readonly CancellationTokenSource source = new();
        private int count;
        private bool armed = true;

        public CancellationToken Token => source.Token;

        public bool AfterSending => afterSending;

        /// <summary>Counts a request; true when this is the one the run dies at.</summary>
        public bool Hit() => armed && Interlocked.Increment(ref count) == cutAt;

        public void Kill() => source.Cancel();

        public void Disarm() => armed = false;

        public void Dispose() => source.Dispose();
    }

    private sealed class BreakingHandler(Breaker breaker) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!breaker.Hit())
            {
                return await base.SendAsync(request, cancellationToken);
            }

            if (breaker.AfterSending)
            {
                using var lost = await base.SendAsync(request, CancellationToken.None);
            }

            breaker.Kill();
            throw new OperationCanceledException(breaker.Token);
        }
    }
}
