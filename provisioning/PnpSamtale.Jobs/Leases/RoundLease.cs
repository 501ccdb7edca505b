using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Sites;

namespace PnpSamtale.Jobs.Leases;

/// <summary>
/// One run at a time per round: the lease columns of the round's item in <c>Runder</c>, taken, renewed and given back
/// only with the item's ETag in <c>IF-MATCH</c>. Two runs that read the same free lease both write; SharePoint lets the
/// first through and answers the second <c>412</c>, which reads again and finds the lease held. A lease whose
/// <see cref="LeaseRecord.Until"/> has passed (its run was killed) may be taken. Other writes to the item (the converger
/// updating the round's values) change its ETag too: a <c>412</c> is always answered by reading again, and who holds
/// the lease is decided by its run id, never by the ETag alone.
/// </summary>
public sealed class RoundLease(ItemConcurrencyClient concurrency, ItemClient items, ListClient lists, SiteClient sites, TimeProvider clock)
{
    /// <summary>How long a lease lasts unless renewed: 30 minutes. A killed run blocks its round at most this long.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    /// <summary>How often a run renews its lease: a third of <see cref="Duration"/>, so two renewals may fail before it expires.</summary>
    public static readonly TimeSpan RenewEvery = Duration / 3;

    /// <summary>How many times a write meeting a <c>412</c> reads again before giving up (others keep changing the item).</summary>
    private const int Attempts = 5;

    private static readonly IReadOnlyList<string> LeaseFields = [Fields.Round, Fields.LeaseRun, Fields.LeaseHolder, Fields.LeaseSince, Fields.LeaseUntil];

    /// <summary>The rounds in the registry (their terms), or only those whose state is <c>Aktiv</c>; none when there is no registry.</summary>
    public async Task<IReadOnlyList<string>> RoundsAsync(LeaseTarget target, bool activeOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (await FindRegistryAsync(target, cancellationToken).ConfigureAwait(false) is not { } list)
        {
            return [];
        }

        var rounds = await items.QueryItemsAsync(target.AdminSite, list.Id, new ItemQuery([Fields.Round, Fields.RoundState]), cancellationToken).ConfigureAwait(false);
        return [.. rounds
            .Where(r => !activeOnly || string.Equals(RoundsList.State.Read(r), Reading.RoundEntry.Active, StringComparison.OrdinalIgnoreCase))
            .Select(r => RoundsList.Round.Read(r))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Takes the round's lease for <paramref name="runId"/>, unless another run holds it and it has not expired. A lost
    /// answer is resolved by reading the item back: the lease is this run's exactly when it names this run.
    /// </summary>
    /// <exception cref="InvalidOperationException">The item changed under every one of several attempts.</exception>
    public async Task<LeaseAttempt> TryTakeAsync(LeaseTarget target, string term, Guid runId, string holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        if (await FindAsync(target, term, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return new LeaseAttempt(LeaseAttemptKind.NotRegistered, term, null, null);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await concurrency.FindItemAsync(target.AdminSite, found.ListId, found.ItemId, LeaseFields, cancellationToken).ConfigureAwait(false) is not { } item)
            {
                return new LeaseAttempt(LeaseAttemptKind.NotRegistered, term, null, null);
            }

            var now = clock.GetUtcNow();
            var current = Read(item.Item);
            if (current is { } mine && mine.RunId == runId)
            {
                // A take whose answer was lost, read back: it happened.
                return new LeaseAttempt(LeaseAttemptKind.Taken, term, found.Ticket(term, mine), null);
            }

            if (current is { } held && !held.HasExpiredAt(now))
            {
                return new LeaseAttempt(LeaseAttemptKind.Busy, term, null, held);
            }

            var lease = new LeaseRecord(runId, holder, Seconds(now), Seconds(now + Duration));
            if (await WriteAsync(found, item.ETag, Values(lease), cancellationToken).ConfigureAwait(false))
            {
                return new LeaseAttempt(LeaseAttemptKind.Taken, term, found.Ticket(term, lease), null);
            }
        }

        throw new InvalidOperationException($"The lease of round {term} in '{target.RoundsList}' could not be taken: its item changed under each of {Attempts} attempts.");
    }

    /// <summary>Moves the lease's expiry to <see cref="Duration"/> from now; <c>null</c> when this run no longer holds it (it expired and was taken).</summary>
    public async Task<LeaseTicket?> RenewAsync(LeaseTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var found = new FoundRound(ticket.Target, ticket.ListId, ticket.EntityType, ticket.ItemId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var item = await concurrency.FindItemAsync(ticket.Target.AdminSite, ticket.ListId, ticket.ItemId, LeaseFields, cancellationToken).ConfigureAwait(false);
            if (item is null || Read(item.Item) is not { } current || current.RunId != ticket.Lease.RunId)
            {
                return null;
            }

            var renewed = current with { Until = Seconds(clock.GetUtcNow() + Duration) };
            if (await WriteAsync(found, item.ETag, [ItemPropertyValue.DateTime(Fields.LeaseUntil, renewed.Until)], cancellationToken).ConfigureAwait(false))
            {
                return ticket with { Lease = renewed };
            }
        }

        throw new InvalidOperationException($"The lease of round {ticket.Term} could not be renewed: its item changed under each of {Attempts} attempts.");
    }

    /// <summary>Gives the lease back (clears its columns) if this run still holds it; a lease another run took is left alone.</summary>
    public async Task ReleaseAsync(LeaseTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var found = new FoundRound(ticket.Target, ticket.ListId, ticket.EntityType, ticket.ItemId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var item = await concurrency.FindItemAsync(ticket.Target.AdminSite, ticket.ListId, ticket.ItemId, LeaseFields, cancellationToken).ConfigureAwait(false);
            if (item is null || Read(item.Item) is not { } current || current.RunId != ticket.Lease.RunId)
            {
                return;
            }

            if (await WriteAsync(found, item.ETag, [.. LeaseFields.Skip(1).Select(ItemPropertyValue.Clear)], cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The lease of round {ticket.Term} could not be given back: its item changed under each of {Attempts} attempts; it expires by itself.");
    }

    /// <summary>The lease an item holds; <c>null</c> when free (no run id).</summary>
    public static LeaseRecord? Read(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Guid.TryParse(RoundsList.LeaseRun.Read(item), out var run))
        {
            return null;
        }

        return new LeaseRecord(run, RoundsList.LeaseHolder.Read(item) ?? "ukjent", RoundsList.LeaseSince.Read(item) ?? DateTimeOffset.MinValue, RoundsList.LeaseUntil.Read(item) ?? DateTimeOffset.MinValue);
    }

    private static IReadOnlyList<ItemPropertyValue> Values(LeaseRecord lease) =>
    [
        ItemPropertyValue.Text(Fields.LeaseRun, lease.RunId.ToString("D")),
        ItemPropertyValue.Text(Fields.LeaseHolder, lease.Holder),
        ItemPropertyValue.DateTime(Fields.LeaseSince, lease.Since),
        ItemPropertyValue.DateTime(Fields.LeaseUntil, lease.Until),
    ];

    /// <summary>The wire carries whole seconds; the lease is kept as it is stored.</summary>
    private static DateTimeOffset Seconds(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    /// <summary>Writes if the item is still at <paramref name="etag"/>: true when written, false on a <c>412</c> or a lost answer (read again).</summary>
    private async Task<bool> WriteAsync(FoundRound found, ItemETag etag, IReadOnlyList<ItemPropertyValue> values, CancellationToken cancellationToken)
    {
        try
        {
            var result = await concurrency.UpdateIfUnchangedAsync(found.Target.AdminSite, found.ListId, found.EntityType, new ConditionalUpdate(found.ItemId, etag, values), cancellationToken).ConfigureAwait(false);
            return result.Updated;
        }
        catch (RequestOutcomeUnknownException)
        {
            // Not re-sent (a write that happened would come back as 412): the next attempt reads what is there.
            return false;
        }
    }

    private async Task<FoundRound?> FindAsync(LeaseTarget target, string term, CancellationToken cancellationToken)
    {
        if (await FindRegistryAsync(target, cancellationToken).ConfigureAwait(false) is not { } list)
        {
            return null;
        }

        var matches = await items.QueryItemsAsync(target.AdminSite, list.Id,
            new ItemQuery([Fields.Round], $"{Fields.Round} eq {ItemFilter.Text(term)}"), cancellationToken).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            return null;
        }

        var entityType = await concurrency.GetEntityTypeFullNameAsync(target.AdminSite, list.Id, cancellationToken).ConfigureAwait(false);
        return new FoundRound(target, list.Id, entityType, matches.Min(m => m.Id));
    }

    /// <summary>The registry; <c>null</c> before the first round is started (no admin site, or no list yet).</summary>
    private async Task<ListInfo?> FindRegistryAsync(LeaseTarget target, CancellationToken cancellationToken) =>
        await sites.GetStateAsync(target.AdminSite, cancellationToken).ConfigureAwait(false) == SiteState.Ready
            ? await lists.FindListAsync(target.AdminSite, target.RoundsList, cancellationToken).ConfigureAwait(false)
            : null;

    private sealed record FoundRound(LeaseTarget Target, Guid ListId, string EntityType, int ItemId)
    {
        public LeaseTicket Ticket(string term, LeaseRecord lease) => new(Target, term, ListId, EntityType, ItemId, lease);
    }
}
