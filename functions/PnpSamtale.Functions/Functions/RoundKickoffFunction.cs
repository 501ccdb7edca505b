using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PnpSamtale.Core.Text;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Jobs.Rounds;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>RoundKickoff</c> (timer, daily): when a routine's latest round has <c>Autostart</c> ticked in <c>Runder</c> and
/// today is in the routine's kick-off window (e.g. ultimo oktober), queues the next round for <c>ProvisionRound</c>:
/// one message per routine due, on <see cref="RoundQueue.Name"/>.
/// </summary>
internal sealed class RoundKickoffFunction(RoundKickoff job, DefinitionLibrary definitions, TimeProvider clock, ILogger<RoundKickoffFunction> logger)
{
    /// <summary>The schedule (UTC): 04:00 every day, before the reminders.</summary>
    public const string Schedule = "0 0 4 * * *";

    private const string Name = "RoundKickoff";

    /// <summary>Runs once; returns the messages to queue.</summary>
    [Function(Name)]
    [QueueOutput(RoundQueue.Name)]
    public async Task<string[]> RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var log = new InvocationLog(logger);
        log.Write(TimerDescription.Describe(timer));
        var now = clock.GetUtcNow();
        var run = await job.RunAsync(new KickoffRequest(definitions.Scope(), now), cancellationToken).ConfigureAwait(false);
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

            messages.Add(order.ToMessage(Name, now));
        }

        // A timer is not retried and a failed invocation's outputs are dropped: fail only when nothing due could be
        // queued, so one routine with a broken definition does not hold back the others.
        if (messages.Count == 0 && run.Starts.Count > 0)
        {
            throw new JobFailedException($"RoundKickoff: ingen av {run.Starts.Count} runder kunne legges i kø.");
        }

        return [.. messages];
    }
}
