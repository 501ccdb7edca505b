using PnpSamtale.Jobs;
using PnpSamtale.Jobs.Leases;

namespace PnpSamtale.Functions.Invocations;

/// <summary>How the functions run a job under its rounds' leases (<see cref="LeasedRunner"/>), and how they name themselves in one.</summary>
internal static class LeasedRuns
{
    /// <summary>The holder a lease names: the function and the machine, e.g. <c>Functions Reconcile på 10-30-0-5</c>.</summary>
    public static string Holder(string function) => $"Functions {function} på {Environment.MachineName}";

    /// <summary>
    /// Runs a timer job holding the leases of the rounds it works on; <c>null</c> when another run holds one — the
    /// invocation then writes one line and skips (the next tick runs the job; it is idempotent).
    /// </summary>
    public static async Task<T?> RunOrSkipAsync<T>(
        LeasedRunner runner, RoundLease lease, JobScope scope, string function, bool activeOnly, InvocationLog log, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(log);
        var target = LeaseTarget.Of(scope);
        var terms = await lease.RoundsAsync(target, activeOnly, cancellationToken).ConfigureAwait(false);
        var result = await runner.RunAsync(target, terms, Holder(function), work, cancellationToken).ConfigureAwait(false);
        if (result.Line() is { } line)
        {
            log.Write($"{line} {function} hopper over denne kjøringen; neste kjøring tar den igjen.");
            return null;
        }

        return result.Value;
    }
}
