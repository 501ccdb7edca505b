using Microsoft.Extensions.Options;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Jobs.Rounds;
using PnpSamtale.Provisioning.Converge;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>ProvisionRound</c> (queue trigger on <c>samtale-rounds</c>): provisions the round a message orders, with the
/// roster from the admin site's <c>Verv</c>. Safe to retry: provisioning converges, so a message delivered again
/// writes only what is still missing. A failed run answers 500; the host re-delivers the message and, after
/// <see cref="HandlerOptions.MaxDequeueCount"/> deliveries, moves it to <c>samtale-rounds-poison</c>.
/// </summary>
internal sealed class ProvisionRoundFunction(RoundStarter starter, DefinitionLibrary definitions, IOptions<HandlerOptions> options) : IFunction
{
    public string Name => "ProvisionRound";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        var message = QueueTrigger.From(invocation, "round");
        var attempts = options.Value.MaxDequeueCount;
        log.Write($"Melding {message.MessageId ?? "(uten id)"}, forsøk {message.DequeueCount} av {attempts}.");
        var (order, problems) = RoundOrder.Read(message.Text, definitions, fromQueue: true);
        if (order is null)
        {
            foreach (var problem in problems)
            {
                log.Error(problem);
            }

            log.Error(message.DequeueCount >= attempts
                ? "Meldingen kan ikke brukes; den flyttes til giftkøen (samtale-rounds-poison)."
                : "Meldingen kan ikke brukes; den prøves igjen og havner i giftkøen (samtale-rounds-poison) etter siste forsøk.");
            return InvocationOutcome.Failure();
        }

        log.Write($"Runde {order.Term} ({order.Routine.Id}), bestilt av {order.RequestedBy ?? "ukjent"}.");
        var result = await starter.StartAsync(
            new RoundStartRequest(definitions.Scope(), order.Routine, order.Forms, order.Term, options.Value.SiteOwner!) { SetDates = order.SetDates },
            new ProgressLog(log), cancellationToken).ConfigureAwait(false);
        foreach (var problem in result.Problems)
        {
            log.Error(problem);
        }

        foreach (var failure in result.Failures.Take(20))
        {
            log.Error($"{failure.Artefact}: {failure.Message}");
        }

        if (result.Design is { } design)
        {
            log.Write(result.Failures.Count == 0
                ? $"Ferdig: {result.Written} endringer; {design.Plan.Steps.Count} steg, {design.Plan.Conversations.Count} samtaler. Nettsted: {design.Round.Url}"
                : $"{result.Failures.Count} endringer feilet; meldingen prøves igjen, og det som er gjort, gjøres ikke på nytt.");
        }

        return result.Problems.Count > 0 || result.Failures.Count > 0 ? InvocationOutcome.Failure() : InvocationOutcome.Success();
    }

    /// <summary>One log line per batch of writes.</summary>
    private sealed class ProgressLog(InvocationLog log) : IProgress<ConvergeProgress>
    {
        public void Report(ConvergeProgress value) => log.Write($"{value.Site.AbsolutePath}: {value.Step} {value.Done}/{value.Total}");
    }
}
