using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Jobs.Rounds;
using PnpSamtale.Provisioning.Converge;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>ProvisionRound</c> (queue trigger on <see cref="RoundQueue.Name"/>): provisions the round a message orders,
/// with the roster from the admin site's <c>Verv</c>. Safe to retry: provisioning converges, so a message delivered
/// again writes only what is still missing. A failed run throws; the host delivers the message again and, after
/// <see cref="AppOptions.MaxDequeueCount"/> deliveries, moves it to <see cref="RoundQueue.Poison"/>.
/// </summary>
internal sealed class ProvisionRoundFunction(RoundStarter starter, LeasedRunner runner, DefinitionLibrary definitions, IOptions<AppOptions> options, ILogger<ProvisionRoundFunction> logger)
{
    /// <summary>Runs once for one message.</summary>
    [Function("ProvisionRound")]
    public async Task RunAsync([QueueTrigger(RoundQueue.Name)] string round, FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var log = new InvocationLog(logger);
        var delivery = TriggerMetadata.DequeueCount(context);
        var attempts = options.Value.MaxDequeueCount;
        log.Write($"Melding {TriggerMetadata.MessageId(context) ?? "(uten id)"}, forsøk {delivery} av {attempts}.");
        var (order, problems) = RoundOrder.Read(round, definitions, fromQueue: true);
        if (order is null)
        {
            foreach (var problem in problems)
            {
                log.Error(problem);
            }

            throw new JobFailedException(delivery >= attempts
                ? $"Meldingen kan ikke brukes; den flyttes til giftkøen ({RoundQueue.Poison})."
                : $"Meldingen kan ikke brukes; den prøves igjen og havner i giftkøen ({RoundQueue.Poison}) etter siste forsøk.");
        }

        log.Write($"Runde {order.Term} ({order.Routine.Id}), bestilt av {order.RequestedBy ?? "ukjent"}.");
        var scope = definitions.Scope();
        var request = new RoundStartRequest(scope, order.Routine, order.Forms, order.Term, options.Value.SiteOwner!) { SetDates = order.SetDates };
        var progress = new ProgressLog(log);
        RoundStartResult? registered = null;
        var leased = await runner.RunRegisteringAsync(LeaseTarget.Of(scope), order.Term.ToString(), LeasedRuns.Holder("ProvisionRound"),
            async stop => registered = await starter.RegisterAsync(request, progress, stop).ConfigureAwait(false),
            stop => starter.StartAsync(request, progress, stop), cancellationToken).ConfigureAwait(false);
        if (leased.Line() is { } line)
        {
            // Another run holds the round: the message comes back after its visibility timeout and is tried again.
            log.Write(line);
            foreach (var problem in registered?.Problems ?? [])
            {
                log.Error(problem);
            }

            throw new JobFailedException($"Runde {order.Term}: ikke startet nå; meldingen prøves igjen.");
        }

        var result = leased.Value!;
        foreach (var problem in result.Problems)
        {
            log.Error(problem);
        }

        foreach (var failure in result.Failures.Take(20))
        {
            log.Error($"{failure.Artefact}: {failure.Message}");
        }

        if (result.Design is { } design && result.Failures.Count == 0)
        {
            log.Write($"Ferdig: {result.Written} endringer; {design.Plan.Steps.Count} steg, {design.Plan.Conversations.Count} samtaler. Nettsted: {design.Round.Url}");
        }

        if (result.Problems.Count > 0 || result.Failures.Count > 0)
        {
            throw new JobFailedException($"Runde {order.Term}: {result.Problems.Count} problem(er), {result.Failures.Count} endringer feilet; meldingen prøves igjen, og det som er gjort, gjøres ikke på nytt.");
        }
    }

    /// <summary>One log line per batch of writes.</summary>
    private sealed class ProgressLog(InvocationLog log) : IProgress<ConvergeProgress>
    {
        public void Report(ConvergeProgress value) => log.Write($"{value.Site.AbsolutePath}: {value.Step} {value.Done}/{value.Total}");
    }
}
