using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Output.Status;

/// <summary>The round's Gantt chart with each step's state from a status report and today's line.</summary>
public static class StatusChart
{
    /// <summary>The chart of the round's plan, titled as a status, with the states <paramref name="progress"/> found.</summary>
    public static GanttChart Of(RoundProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var chart = GanttChart.FromPlan(progress.Plan, progress.Today, progress.Steps.ToDictionary(s => s.Step.Id, s => s.State));
        var totals = progress.Totals;
        return chart with
        {
            Title = StatusHeadings.Title(progress),
            Subtitle = $"Per {NorwegianDates.LongDate(progress.Today)}: {totals.RoundStepsDone} av {totals.RoundSteps} rundesteg utført, "
                + $"{totals.Held} av {totals.Conversations} samtaler gjennomført, {StatusHeadings.Tasks.Count(progress.Late.Count)} forfalt.",
        };
    }
}
