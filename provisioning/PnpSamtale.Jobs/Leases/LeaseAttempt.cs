namespace PnpSamtale.Jobs.Leases;

/// <summary>What came of trying to take a round's lease.</summary>
public enum LeaseAttemptKind
{
    /// <summary>Taken: this run holds it.</summary>
    Taken = 0,

    /// <summary>Another run holds it and it has not expired.</summary>
    Busy = 1,

    /// <summary>The round has no item in the registry (or there is no registry yet): nothing to lease.</summary>
    NotRegistered = 2,
}

/// <summary>The outcome of <see cref="RoundLease.TryTakeAsync"/>.</summary>
/// <param name="Kind">Taken, busy or not registered.</param>
/// <param name="Term">The round.</param>
/// <param name="Ticket">The lease held, when taken.</param>
/// <param name="Other">The other run's lease, when busy.</param>
public sealed record LeaseAttempt(LeaseAttemptKind Kind, string Term, LeaseTicket? Ticket, LeaseRecord? Other);
