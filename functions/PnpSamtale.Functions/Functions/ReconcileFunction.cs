using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Jobs.Rounds;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>Reconcile</c> (timer, every 15 minutes): designs each active round again from its routine and <c>Verv</c> and
/// converges its site (values put back, access moved to the designed pairs). Writes nothing when nothing changed.
/// Holds the rounds' leases while it runs; when another run holds one, it writes a line and skips this tick.
/// </summary>
internal sealed class ReconcileFunction(Reconciler reconciler, LeasedRunner runner, RoundLease lease, DefinitionLibrary definitions, ILogger<ReconcileFunction> logger)
{
    /// <summary>The schedule (UTC): every quarter hour.</summary>
    public const string Schedule = "0 */15 * * * *";

    /// <summary>Runs once.</summary>
    [Function("Reconcile")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var log = new InvocationLog(logger);
        log.Write(TimerDescription.Describe(timer));
        var scope = definitions.Scope();
        var results = await LeasedRuns.RunOrSkipAsync(runner, lease, scope, "Reconcile", activeOnly: true, log,
            stop => reconciler.ReconcileAsync(scope, null, null, stop), cancellationToken).ConfigureAwait(false);
        if (results is null)
        {
            return;
        }

        foreach (var round in results)
        {
            log.Write(round.Summary());
            foreach (var failure in round.Failures)
            {
                log.Error($"Runde {round.Term}: {failure.Artefact}: {failure.Message}");
            }
        }

        if (results.Count == 0)
        {
            log.Write("Ingen aktive runder.");
        }

        var failed = results.Sum(r => r.Failures.Count + r.Problems.Count);
        if (failed > 0)
        {
            throw new JobFailedException($"Reconcile: {failed} endringer feilet.");
        }
    }
}
