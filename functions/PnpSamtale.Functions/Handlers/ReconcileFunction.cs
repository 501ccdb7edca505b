using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Provisioning;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>Reconcile</c> (timer, every 15 minutes): re-applies the permissions of forms and measures changed since the
/// last run (a new holder or partner, a new stage, a new classification). Writes nothing when nothing changed.
/// </summary>
internal sealed class ReconcileFunction(Reconciler reconciler, DefinitionLibrary definitions) : IFunction
{
    public string Name => "Reconcile";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        log.Write(TimerTrigger.From(invocation.Binding("timer")).Describe());
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

        return results.Any(r => r.Report.Failures.Count > 0) ? InvocationOutcome.Failure() : InvocationOutcome.Success();
    }
}
