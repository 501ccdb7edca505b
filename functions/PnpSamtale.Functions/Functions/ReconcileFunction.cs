using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Provisioning;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>Reconcile</c> (timer, every 15 minutes): re-applies the permissions of forms and measures changed since the
/// last run (a new holder or partner, a new stage, a new classification). Writes nothing when nothing changed.
/// </summary>
internal sealed class ReconcileFunction(Reconciler reconciler, DefinitionLibrary definitions, ILogger<ReconcileFunction> logger)
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
        var results = await reconciler.ReconcileAsync(scope.Blueprint, scope.Tenant, scope.Routines, null, null, cancellationToken).ConfigureAwait(false);
        foreach (var round in results)
        {
            log.Write(round.Summary());
            foreach (var failure in round.Report.Failures)
            {
                log.Error($"Runde {round.Term}: {failure.Artefact}: {failure.Message}");
            }
        }

        if (results.Count == 0)
        {
            log.Write("Ingen aktive runder.");
        }

        var failed = results.Sum(r => r.Report.Failures.Count);
        if (failed > 0)
        {
            throw new JobFailedException($"Reconcile: {failed} endringer feilet.");
        }
    }
}
