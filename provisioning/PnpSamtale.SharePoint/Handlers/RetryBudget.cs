namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// How long a run may spend waiting on throttling in total. SharePoint and Graph say how long to wait
/// (<c>Retry-After</c>) and that wait is honoured in full — never cut short — as long as the run's budget allows it;
/// a wait that would overrun the budget is not started, and the throttled answer goes to the caller instead
/// (<see cref="Errors.SharePointThrottledException"/>), so a job ends inside the time its host gives it and the next
/// run continues. A job states its budget with <see cref="Begin"/>; outside any job each request has
/// <c>SharePoint:RetryBudget</c> of its own.
/// </summary>
public sealed class RetryBudget
{
    private static readonly AsyncLocal<Window?> Current = new();

    private readonly TimeProvider clock;

    /// <summary>Creates the budget keeper.</summary>
    public RetryBudget(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
    }

    /// <summary>
    /// Starts a budget of <paramref name="total"/> for the calling flow (a job run) and everything it awaits; disposing
    /// the returned scope ends it. Nested calls start a budget that cannot outlast the enclosing one.
    /// </summary>
    public IDisposable Begin(TimeSpan total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, TimeSpan.Zero);
        var previous = Current.Value;
        var deadline = clock.GetUtcNow() + total;
        if (previous is not null && previous.Deadline < deadline)
        {
            deadline = previous.Deadline;
        }

        Current.Value = new Window(deadline);
        return new Scope(previous);
    }

    /// <summary>What is left of the flow's budget, or <paramref name="standalone"/> when no job began one.</summary>
    public TimeSpan Remaining(TimeSpan standalone)
    {
        if (Current.Value is not { } window)
        {
            return standalone;
        }

        var left = window.Deadline - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private sealed record Window(DateTimeOffset Deadline);

    private sealed class Scope(Window? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
