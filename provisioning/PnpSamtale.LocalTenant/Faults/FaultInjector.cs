namespace PnpSamtale.LocalTenant.Faults;

/// <summary>
/// Decides, per request, the faults of <see cref="FaultOptions"/>: latency, a dropped connection, throttling at a
/// rate or once the per-minute budget is used. One seeded <see cref="Random"/> makes the decisions repeatable.
/// </summary>
internal sealed class FaultInjector(FaultOptions options, TimeProvider clock)
{
    private readonly Random random = new(options.Seed);
    private readonly Lock gate = new();
    private long budgetMinute = -1;
    private int budgetUsed;

    /// <summary>Whether any fault is configured.</summary>
    public bool Enabled =>
        options.Latency > TimeSpan.Zero || options.LatencyJitter > TimeSpan.Zero || options.ThrottleRate > 0 || options.RequestsPerMinute > 0 || options.DropRate > 0;

    /// <summary>The faults for one request; inner batch operations get throttling only, the outer batch never.</summary>
    public FaultDecision Decide(bool innerOperation, bool batchRequest)
    {
        lock (gate)
        {
            var latency = innerOperation ? TimeSpan.Zero : options.Latency + (options.LatencyJitter * random.NextDouble());
            if (!innerOperation && options.DropRate > 0 && random.NextDouble() < options.DropRate)
            {
                return new FaultDecision(latency, FaultKind.Drop, TimeSpan.Zero);
            }

            if (batchRequest)
            {
                return new FaultDecision(latency, FaultKind.None, TimeSpan.Zero);
            }

            if (options.ThrottleRate > 0 && random.NextDouble() < options.ThrottleRate)
            {
                return new FaultDecision(latency, FaultKind.Throttle, options.RetryAfter);
            }

            return options.RequestsPerMinute > 0 && !TakeBudget(out var untilNextMinute)
                ? new FaultDecision(latency, FaultKind.Throttle, untilNextMinute)
                : new FaultDecision(latency, FaultKind.None, TimeSpan.Zero);
        }
    }

    private bool TakeBudget(out TimeSpan untilNextMinute)
    {
        var now = clock.GetUtcNow();
        var minute = now.Ticks / TimeSpan.TicksPerMinute;
        untilNextMinute = TimeSpan.FromTicks(((minute + 1) * TimeSpan.TicksPerMinute) - now.Ticks);
        if (minute != budgetMinute)
        {
            budgetMinute = minute;
            budgetUsed = 0;
        }

        if (budgetUsed >= options.RequestsPerMinute)
        {
            return false;
        }

        budgetUsed++;
        return true;
    }
}

/// <summary>What to do to one request: delay it, then drop, throttle (with Retry-After) or serve it.</summary>
internal sealed record FaultDecision(TimeSpan Latency, FaultKind Kind, TimeSpan RetryAfter);

/// <summary>The kinds of injected failure.</summary>
internal enum FaultKind
{
    /// <summary>Serve the request.</summary>
    None,

    /// <summary>Answer 429/503 with Retry-After.</summary>
    Throttle,

    /// <summary>Abort the connection without an answer.</summary>
    Drop,
}
