using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Jobs.Shredding;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>ShredExpiredForms</c> (timer, nightly): destroys the forms and measures whose partner's term ended (plus grace),
/// verifies they are gone from lists and both recycle bins, and writes the deletion receipt to <c>Logg</c>. The
/// host's invocation id is the run id in the receipt, so a receipt leads to the invocation's logs.
/// </summary>
internal sealed class ShredExpiredFormsFunction(ShredExpiredForms job, DefinitionLibrary definitions) : IFunction
{
    public string Name => "ShredExpiredForms";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        log.Write(TimerTrigger.From(invocation.Binding("timer")).Describe());
        var request = new ShredRequest(definitions.Scope(), context.Now);
        if (Guid.TryParse(invocation.Id, out var runId))
        {
            request = request with { RunId = runId };
        }

        var run = await job.RunAsync(request, log, cancellationToken).ConfigureAwait(false);
        foreach (var round in run.Rounds)
        {
            log.Write(round.Summary(dryRun: false));
            if (round.Receipt is { } receipt)
            {
                log.Write($"Runde {round.Term}: kvittering i Logg, kjøring {receipt.RunId}, SHA-256 {receipt.Sha256}");
            }

            foreach (var failure in round.Failures)
            {
                log.Error($"Runde {round.Term}: {failure}");
            }
        }

        if (run.Rounds.Count == 0)
        {
            log.Write("Ingen runder i registeret.");
        }

        return run.Rounds.Any(r => r.Failures.Count > 0) ? InvocationOutcome.Failure() : InvocationOutcome.Success();
    }
}
