namespace PnpSamtale.SharePoint.Tests.Support;

/// <summary>
/// A clock that stands still until a timer asks to wait: timers shorter than <c>autoFireBelow</c> fire at once,
/// advance the clock and are recorded in <see cref="Waits"/>; longer ones (an attempt's timeout) never fire.
/// Tests thereby see every wait the code asked for without waiting.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 10, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly object gate = new();
    private readonly TimeSpan autoFireBelow;
    private readonly List<TimeSpan> waits = [];
    private DateTimeOffset now = Start;

    public ManualTimeProvider(TimeSpan? autoFireBelow = null)
    {
        this.autoFireBelow = autoFireBelow ?? TimeSpan.FromMinutes(5);
    }

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (gate)
            {
                return waits.ToArray();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan || dueTime >= autoFireBelow)
        {
            return;
        }

        lock (gate)
        {
            waits.Add(dueTime);
            now += dueTime;
        }

        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private bool disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (disposed)
            {
                return false;
            }

            clock.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!disposed)
            {
                callback(state);
            }
        }

        public void Dispose() => disposed = true;

        public ValueTask DisposeAsync()
        {
            disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
