namespace PnpSamtale.Jobs.Leases;

/// <summary>
/// The one place a run takes its rounds' leases: round start, reconcile and the jobs run their work through
/// <see cref="RunAsync{T}"/> on both hosts. Takes every round's lease (in term order) or none, renews them every
/// <see cref="RoundLease.RenewEvery"/> while the work runs, stops the work if one is lost, and gives them back at the end
/// — also when the work fails. A run killed before giving them back leaves leases that expire after
/// <see cref="RoundLease.Duration"/>.
/// </summary>
public sealed class LeasedRunner(RoundLease lease, TimeProvider clock)
{
    /// <summary>Runs <paramref name="work"/> holding the leases of <paramref name="terms"/>.</summary>
    /// <param name="target">The registry.</param>
    /// <param name="terms">The rounds the work touches.</param>
    /// <param name="holder">The host kind and machine, as the lease names it, e.g. <c>samtale round start på vert-1</c>.</param>
    /// <param name="work">The work; its token is cancelled when a lease is lost.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<LeasedResult<T>> RunAsync<T>(
        LeaseTarget target, IReadOnlyList<string> terms, string holder, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(work);
        var runId = Guid.NewGuid();
        var held = new List<LeaseTicket>();
        try
        {
            foreach (var term in terms.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            {
                var attempt = await lease.TryTakeAsync(target, term, runId, holder, cancellationToken).ConfigureAwait(false);
                if (attempt.Ticket is not { } ticket)
                {
                    return new LeasedResult<T>(attempt.Kind == LeaseAttemptKind.Busy ? LeasedOutcome.Busy : LeasedOutcome.NotRegistered, default, term, attempt.Other);
                }

                held.Add(ticket);
            }

            using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var stopRenewing = new CancellationTokenSource();
            var renewal = RenewAsync(held, lost, stopRenewing.Token);
            try
            {
                var value = await work(lost.Token).ConfigureAwait(false);
                return new LeasedResult<T>(LeasedOutcome.Done, value, null, null);
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return new LeasedResult<T>(LeasedOutcome.Lost, default, await renewal.ConfigureAwait(false), null);
            }
            finally
            {
                await stopRenewing.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }
        }
        finally
        {
            // Given back even when the work failed or the run was cancelled; a lease this run no longer holds is left alone.
            foreach (var ticket in held)
            {
                await lease.ReleaseAsync(ticket, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// As <see cref="RunAsync{T}"/> for one round that may not be registered yet (its first start): then
    /// <paramref name="register"/> puts it in the registry — outside any lease, as there is none to take; two first
    /// starts may both register, and the unique round column keeps the registry to one item — and the lease is taken.
    /// </summary>
    public async Task<LeasedResult<T>> RunRegisteringAsync<T>(
        LeaseTarget target, string term, string holder, Func<CancellationToken, Task> register, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var result = await RunAsync(target, [term], holder, work, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != LeasedOutcome.NotRegistered)
        {
            return result;
        }

        await register(cancellationToken).ConfigureAwait(false);
        return await RunAsync(target, [term], holder, work, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renews every lease each <see cref="RoundLease.RenewEvery"/>. A renewal that finds the lease taken cancels the work
    /// and returns the round's term; one that fails (SharePoint unreachable for a while) is tried again next time, until
    /// the lease would have expired. Returns <c>null</c> when the work ended first.
    /// </summary>
    private async Task<string?> RenewAsync(List<LeaseTicket> held, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RoundLease.RenewEvery, clock, stop).ConfigureAwait(false);
                for (var i = 0; i < held.Count; i++)
                {
                    LeaseTicket? renewed;
                    try
                    {
                        renewed = await lease.RenewAsync(held[i], stop).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or SharePoint.Errors.SharePointServiceException)
                    {
                        renewed = clock.GetUtcNow() < held[i].Lease.Until ? held[i] : null;
                    }

                    if (renewed is null)
                    {
                        await lost.CancelAsync().ConfigureAwait(false);
                        return held[i].Term;
                    }

                    held[i] = renewed;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The work ended.
            return null;
        }
    }
}
