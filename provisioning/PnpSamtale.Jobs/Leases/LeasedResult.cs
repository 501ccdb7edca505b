namespace PnpSamtale.Jobs.Leases;

/// <summary>What came of a run under the rounds' leases.</summary>
public enum LeasedOutcome
{
    /// <summary>Every lease was taken, the work ran and the leases were given back.</summary>
    Done = 0,

    /// <summary>Another run holds a round's lease: the work did not run.</summary>
    Busy = 1,

    /// <summary>A round is not in the registry: the work did not run.</summary>
    NotRegistered = 2,

    /// <summary>A lease expired during the work and another run took it: the work was stopped.</summary>
    Lost = 3,
}

/// <summary>The outcome of <see cref="LeasedRunner.RunAsync{T}"/>.</summary>
/// <param name="Outcome">Done, busy, not registered or lost.</param>
/// <param name="Value">The work's result, when done.</param>
/// <param name="Term">The round that was busy, not registered or lost.</param>
/// <param name="Other">The other run's lease, when busy.</param>
public sealed record LeasedResult<T>(LeasedOutcome Outcome, T? Value, string? Term, LeaseRecord? Other)
{
    /// <summary>One Norwegian line saying why the work did not run or was stopped; <c>null</c> when done.</summary>
    public string? Line() => Outcome switch
    {
        LeasedOutcome.Done => null,
        LeasedOutcome.Busy => Other!.Describe(Term!),
        LeasedOutcome.NotRegistered => $"Runde {Term}: finnes ikke i runderegisteret.",
        LeasedOutcome.Lost => $"Runde {Term}: låsen gikk ut under kjøringen og ble tatt av en annen kjøring; denne kjøringen stanset. Det som er gjort, står; neste kjøring fortsetter.",
        _ => throw new InvalidOperationException($"Unknown outcome {Outcome}."),
    };
}
