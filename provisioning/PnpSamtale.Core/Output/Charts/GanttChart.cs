using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Output.Charts;

/// <summary>
/// What the wall chart of a round shows, as data: a title, the phases with a bar per step, each step's state, the
/// time axis and today's date. <see cref="FromPlan"/> builds it from a plan; a status report builds it the same way and
/// passes the states its lists give. <see cref="GanttSvg"/> and <see cref="GanttHtml"/> draw it.
/// </summary>
/// <param name="Title">"Plan for H2026: Rutine for medarbeidersamtaler og tillitsvalgtutvikling".</param>
/// <param name="Subtitle">"Runden starter onsdag 21. oktober 2026 (ultimo oktober)."</param>
/// <param name="Phases">The phases, in the routine's order.</param>
/// <param name="From">The first day of the time axis.</param>
/// <param name="To">The last day of the time axis.</param>
/// <param name="Today">Today, if it lies on the axis (the chart draws a line there).</param>
/// <param name="ClosedDays">The days on the axis that are not business days in the routine's calendar (weekends, holidays, closures).</param>
public sealed record GanttChart(string Title, string Subtitle, IReadOnlyList<GanttPhase> Phases, DateOnly From, DateOnly To, DateOnly? Today, IReadOnlyList<DateOnly> ClosedDays)
{
    /// <summary>
    /// The chart of <paramref name="plan"/>. Without <paramref name="states"/> every step with a known window is
    /// <see cref="StepState.Planned"/> and every other <see cref="StepState.NotKnownYet"/>; a state given for a step
    /// replaces that. The axis runs from the round's start to the last deadline, except that a step that lasts until
    /// each person's term ends (5.3, months later) runs off its right edge rather than squeezing every other bar.
    /// </summary>
    /// <param name="plan">The round's plan.</param>
    /// <param name="today">Today (Oslo); drawn as a line when it is on the axis.</param>
    /// <param name="states">Actual states per step, e.g. from the round's <c>Aktiviteter</c> list.</param>
    public static GanttChart FromPlan(Plan plan, DateOnly? today, IReadOnlyDictionary<StepId, StepState>? states = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var phases = plan.Steps
            .GroupBy(s => s.Phase)
            .Select(g => new GanttPhase(PlanHeadings.Phase(g.Key), [.. g.Select(s => Row(s, states))]))
            .ToList();

        var from = plan.Steps.Select(s => s.Window.Earliest).OfType<DateOnly>().Append(plan.Start).Min();
        var ends = plan.Steps
            .SelectMany(s => s.Step.Timing is AtTermEnd ? [s.Window.Earliest] : new[] { s.Window.Latest, s.Window.Earliest })
            .OfType<DateOnly>().ToList();
        var to = ends.Count > 0 ? ends.Max() : from;

        // A little room after the last deadline, and at least two weeks of axis, so a short round still reads as time.
        to = to.AddDays(2);
        if (to.DayNumber - from.DayNumber < 14)
        {
            to = from.AddDays(14);
        }

        var onAxis = today is { } t && t >= from && t <= to ? today : null;
        var calendar = new BusinessCalendar(plan.Routine.Calendar);
        var closed = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Where(d => !calendar.IsBusinessDay(d)).ToList();
        return new GanttChart(PlanHeadings.Title(plan), PlanHeadings.Start(plan), phases, from, to, onAxis, closed);
    }

    /// <summary>Every row, phase by phase.</summary>
    public IEnumerable<GanttRow> Rows => Phases.SelectMany(p => p.Rows);

    private static GanttRow Row(StepPlan step, IReadOnlyDictionary<StepId, StepState>? states)
    {
        var state = states is not null && states.TryGetValue(step.Step.Id, out var given)
            ? given
            : step.Window.Earliest is null && step.Window.Latest is null ? StepState.NotKnownYet : StepState.Planned;
        return new GanttRow(step.Step.Id, step.Step.Activity, step.Step.Responsible, step.Window.Earliest, step.Window.Latest, state, step.Optional, step.Explanation, step.Step.When);
    }
}
