using Microsoft.Extensions.Time.Testing;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Sites;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Jobs.Tests.Leases;

/// <summary>
/// One run at a time per round, as SharePoint enforces it: the lease in <c>Runder</c> is taken only with the item's
/// ETag, so of two runs that read the same free lease only one writes it; it expires after 30 minutes unless renewed.
/// Each run has its own clock (a <see cref="FakeTimeProvider"/>), as two machines do.
/// </summary>
public sealed class RoundLeaseTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private JobsFixture fixture = null!;

    public async Task InitializeAsync() =>
        fixture = await JobsFixture.StartAsync(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates/rosters/stinn-eksempel.yaml")), new DateOnly(2026, 11, 2));

    public async Task DisposeAsync() => await fixture.DisposeAsync();

    [Fact]
    public async Task TryTake_WhileAnotherRunHoldsIt_IsBusy_AndTheLineNamesTheRunTheHostAndTheExpiry()
    {
        var clock = new FakeTimeProvider(Start);
        var first = Guid.NewGuid();
        Assert.Equal(LeaseAttemptKind.Taken, (await Take(clock, first, "samtale round start på vert-a")).Kind);

        var second = await Take(clock, Guid.NewGuid(), "samtale round start på vert-b");

        Assert.Equal(LeaseAttemptKind.Busy, second.Kind);
        Assert.Equal(first, second.Other!.RunId);
        Assert.Equal(
            $"Runde H2026: en annen kjøring pågår siden 2026-11-02 09:00 (norsk tid) (kjøring {first:D}, samtale round start på vert-a); låsen går ut 2026-11-02 09:30 (norsk tid) om den ikke fornyes.",
            second.Other.Describe("H2026"));
    }

    [Fact]
    public async Task TryTake_TheLeaseOfAKilledRun_IsRefusedUntilItExpires_ThenTaken()
    {
        var clock = new FakeTimeProvider(Start);
        var killed = Guid.NewGuid();
        await Take(clock, killed, "samtale round start på vert-a");

        clock.Advance(RoundLease.Duration - TimeSpan.FromSeconds(1));
        Assert.Equal(LeaseAttemptKind.Busy, (await Take(clock, Guid.NewGuid(), "vert-b")).Kind);

        clock.Advance(TimeSpan.FromSeconds(1));
        var next = Guid.NewGuid();
        var taken = await Take(clock, next, "vert-b");

        Assert.Equal(LeaseAttemptKind.Taken, taken.Kind);
        Assert.Equal(next, (await LeaseAsync())!.RunId);
    }

    [Fact]
    public async Task AStaleETag_NeverTakesTheLease_SharePointAnswers412_AndTheHolderKeepsIt()
    {
        var clock = new FakeTimeProvider(Start);
        var (listId, itemId) = await RoundItemAsync();
        var concurrency = fixture.Get<ItemConcurrencyClient>();
        var stale = (await concurrency.FindItemAsync(fixture.Scope.AdminSite, listId, itemId, [Fields.LeaseRun], CancellationToken.None))!.ETag;
        var holder = Guid.NewGuid();
        await Take(clock, holder, "vert-a");

        // The second run read the free lease before the first took it, and writes with what it read.
        var entityType = await concurrency.GetEntityTypeFullNameAsync(fixture.Scope.AdminSite, listId, CancellationToken.None);
        var late = await concurrency.UpdateIfUnchangedAsync(fixture.Scope.AdminSite, listId, entityType,
            new ConditionalUpdate(itemId, stale, [ItemPropertyValue.Text(Fields.LeaseRun, Guid.NewGuid().ToString("D")), ItemPropertyValue.Text(Fields.LeaseHolder, "vert-b")]),
            CancellationToken.None);

        Assert.Equal(ConditionalUpdateOutcome.ChangedSinceRead, late.Outcome);
        Assert.Equal(holder, (await LeaseAsync())!.RunId);
    }

    [Fact]
    public async Task Renew_AfterTheConvergerChangedTheItem_ReadsAgainAndRenews_ButNotALeaseAnotherRunTook()
    {
        var clock = new FakeTimeProvider(Start);
        var ticket = (await Take(clock, Guid.NewGuid(), "vert-a")).Ticket!;
        var (listId, itemId) = await RoundItemAsync();
        var written = await fixture.Get<ItemClient>().UpdateItemAsync(fixture.Scope.AdminSite, listId, itemId, [FormValue.Text(Fields.LastReconciled, "2026-11-02T08:05:00Z")], CancellationToken.None);
        Assert.True(written.Succeeded);

        clock.Advance(TimeSpan.FromMinutes(10));
        var renewed = await Lease(clock).RenewAsync(ticket, CancellationToken.None);

        Assert.Equal(Start + TimeSpan.FromMinutes(40), renewed!.Lease.Until);
        Assert.Equal(Start + TimeSpan.FromMinutes(40), (await LeaseAsync())!.Until);

        clock.Advance(TimeSpan.FromMinutes(41));
        await Take(clock, Guid.NewGuid(), "vert-b");
        Assert.Null(await Lease(clock).RenewAsync(renewed, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_OneRunAtATime_TheSecondIsBusyWhileTheFirstWorks_AndTheLeaseIsFreeAfterIt()
    {
        var clock = new FakeTimeProvider(Start);
        var working = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var first = Runner(clock).RunAsync(Target, ["H2026"], "vert-a", async _ =>
        {
            working.SetResult();
            await finish.Task;
            return 1;
        }, CancellationToken.None);
        await working.Task;

        var second = await Runner(clock).RunAsync(Target, ["H2026"], "vert-b", _ => Task.FromResult(2), CancellationToken.None);
        finish.SetResult();
        var done = await first;

        Assert.Equal(LeasedOutcome.Busy, second.Outcome);
        Assert.StartsWith("Runde H2026: en annen kjøring pågår siden", second.Line(), StringComparison.Ordinal);
        Assert.Equal((LeasedOutcome.Done, 1), (done.Outcome, done.Value));
        Assert.Null(await LeaseAsync());
        Assert.Equal(LeasedOutcome.Done, (await Runner(clock).RunAsync(Target, ["H2026"], "vert-b", _ => Task.FromResult(3), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task RunAsync_WorkThatFails_StillGivesTheLeaseBack()
    {
        var clock = new FakeTimeProvider(Start);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Runner(clock).RunAsync<int>(Target, ["H2026"], "vert-a", _ => throw new InvalidOperationException("feil"), CancellationToken.None));
        Assert.Null(await LeaseAsync());
    }

    [Fact]
    public async Task RunAsync_ALongRunRenewsItsLease_AndStopsWhenAnotherRunTookItAfterExpiry()
    {
        var clock = new FakeTimeProvider(Start);
        var stopped = new TaskCompletionSource();
        var run = Runner(clock).RunAsync(Target, ["H2026"], "vert-a", async token =>
        {
            await using var _ = token.Register(() => stopped.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
            return 0;
        }, CancellationToken.None);
        await WaitForAsync(async () => await LeaseAsync() is not null);

        // Renewed every 10 minutes: after 20 minutes the lease runs to 50.
        clock.Advance(TimeSpan.FromMinutes(10));
        await WaitForAsync(async () => (await LeaseAsync())!.Until == Start + TimeSpan.FromMinutes(40));
        await Task.Delay(200);
        clock.Advance(TimeSpan.FromMinutes(10));
        await WaitForAsync(async () => (await LeaseAsync())!.Until == Start + TimeSpan.FromMinutes(50));
        await Task.Delay(200);

        // A machine whose clock is past the expiry takes it; at its next renewal the first run finds it gone and stops.
        var other = new FakeTimeProvider(Start + TimeSpan.FromMinutes(51));
        var taker = Guid.NewGuid();
        Assert.Equal(LeaseAttemptKind.Taken, (await Take(other, taker, "vert-b")).Kind);
        clock.Advance(TimeSpan.FromMinutes(10));
        var result = await run;

        Assert.True(stopped.Task.IsCompleted);
        Assert.Equal(LeasedOutcome.Lost, result.Outcome);
        Assert.Equal(taker, (await LeaseAsync())!.RunId);
    }

    private LeaseTarget Target => LeaseTarget.Of(fixture.Scope);

    private RoundLease Lease(TimeProvider clock) =>
        new(fixture.Get<ItemConcurrencyClient>(), fixture.Get<ItemClient>(), fixture.Get<ListClient>(), fixture.Get<SiteClient>(), clock);

    private LeasedRunner Runner(TimeProvider clock) => new(Lease(clock), clock);

    private Task<LeaseAttempt> Take(TimeProvider clock, Guid run, string holder) => Lease(clock).TryTakeAsync(Target, "H2026", run, holder, CancellationToken.None);

    private async Task<(Guid List, int Item)> RoundItemAsync()
    {
        var list = (await fixture.Get<ListClient>().FindListAsync(fixture.Scope.AdminSite, fixture.Scope.AdminList(ListRole.Rounds), CancellationToken.None))!;
        var item = Assert.Single(await fixture.Get<ItemClient>().QueryItemsAsync(fixture.Scope.AdminSite, list.Id, new ItemQuery([Fields.Round]), CancellationToken.None));
        return (list.Id, item.Id);
    }

    /// <summary>The lease as the round's item holds it now; <c>null</c> when free.</summary>
    private async Task<LeaseRecord?> LeaseAsync()
    {
        var (list, item) = await RoundItemAsync();
        var read = await fixture.Get<ItemClient>().FindItemAsync(fixture.Scope.AdminSite, list, item, [Fields.LeaseRun, Fields.LeaseHolder, Fields.LeaseSince, Fields.LeaseUntil], CancellationToken.None);
        return RoundLease.Read(read!);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail("The condition was not met within 5 seconds.");
    }
}
