using System.Text.Json.Nodes;
using PnpSamtale.Core.Text;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Jobs.Rounds;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>RoundKickoff</c> (timer, daily): when a routine's latest round has <c>Autostart</c> ticked in <c>Runder</c> and
/// today is in the routine's kick-off window (e.g. ultimo oktober), queues the next round for <c>ProvisionRound</c>
/// (output binding <c>round</c>: one message, or a list when several routines are due the same day).
/// </summary>
internal sealed class RoundKickoffFunction(RoundKickoff job, DefinitionLibrary definitions) : IFunction
{
    public string Name => "RoundKickoff";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        log.Write(TimerTrigger.From(invocation.Binding("timer")).Describe());
        var run = await job.RunAsync(new KickoffRequest(definitions.Scope(), context.Now), cancellationToken).ConfigureAwait(false);
        log.Write($"{NorwegianDates.ShortDateWithYear(run.Day)}: {run.Decisions.Count} rutine(r) i registeret.");
        foreach (var decision in run.Decisions)
        {
            log.Write($"{decision.RoutineId} (siste runde {decision.Latest}): {decision.Reason}.");
        }

        var messages = new List<string>();
        foreach (var start in run.Starts)
        {
            var (order, problems) = RoundOrder.Read(new JsonObject { ["routine"] = start.RoutineId, ["term"] = start.Start!.Value.ToString() }.ToJsonString(), definitions, fromQueue: true);
            if (order is null)
            {
                log.Error($"{start.RoutineId} {start.Start}: {string.Join(" ", problems)}");
                continue;
            }

            messages.Add(order.ToMessage(Name, context.Now));
        }

        // A timer is not retried and the host drops a failed invocation's outputs: fail only when nothing due could
        // be queued, so one routine with a broken definition does not hold back the others.
        var outcome = messages.Count == 0 && run.Starts.Count > 0 ? InvocationOutcome.Failure() : InvocationOutcome.Success();
        return messages.Count switch
        {
            0 => outcome,
            1 => outcome.With(StartRoundFunction.Queue, messages[0]),
            _ => outcome.With(StartRoundFunction.Queue, new JsonArray([.. messages.Select(m => (JsonNode?)JsonValue.Create(m))])),
        };
    }
}
