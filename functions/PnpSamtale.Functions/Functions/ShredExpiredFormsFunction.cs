using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Jobs.Shredding;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>ShredExpiredForms</c> (timer, nightly): destroys the forms and measures whose partner's term ended (plus grace),
/// verifies they are gone from lists and both recycle bins, and writes the deletion receipt to <c>Logg</c>. The
/// host's invocation id is the run id in the receipt, so a receipt leads to the invocation's logs. Holds every round's
/// lease while it runs; when another run holds one, it writes a line and skips this night.
/// </summary>
internal sealed class ShredExpiredFormsFunction(ShredExpiredForms job, LeasedRunner runner, RoundLease lease, DefinitionLibrary definitions, TimeProvider clock, ILogger<ShredExpiredFormsFunction> logger)
{
    /// <summary>The schedule (UTC): 01:30 every night.</summary>
    public const string Schedule = "0 30 1 * * *";

    /// <summary>Runs once.</summary>
    [Function("ShredExpiredForms")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var log = new InvocationLog(logger);
        log.Write(TimerDescription.Describe(timer));
        var scope = definitions.Scope();
        var request = new ShredRequest(scope, clock.GetUtcNow());
        if (Guid.TryParse(context.InvocationId, out var runId))
        {
            request = request with { RunId = runId };
        }

        var run = await LeasedRuns.RunOrSkipAsync(runner, lease, scope, "ShredExpiredForms", activeOnly: false, log,
            stop => job.RunAsync(request, log, stop), cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        foreach (var round in run.Rounds)
        {
            log.Write(round.Summary(dryRun: false));
            foreach (var receipt in round.Receipts)
            {
                log.Write($"Runde {round.Term}: kvittering i Logg, kjøring {receipt.RunId}, {receipt.Count} av {receipt.Planned} planlagt, SHA-256 {receipt.Sha256}");
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

        var failed = run.Rounds.Sum(r => r.Failures.Count);
        if (failed > 0)
        {
            throw new JobFailedException($"ShredExpiredForms: {failed} feil; det som ikke er bekreftet borte, prøves igjen neste natt.");
        }
    }
}
