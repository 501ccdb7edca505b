using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Output;

/// <summary>The headings every plan format shares, so the formats say the same thing in the same words.</summary>
internal static class PlanHeadings
{
    public static string Title(Plan plan) => $"Plan for {plan.Term}: {plan.Routine.Title}";

    public static string Start(Plan plan) => plan.Routine.Cadence.Starts.TryGetValue(plan.Term.Season, out var anchor)
        ? $"Runden starter {NorwegianDates.LongDate(plan.Start)} ({anchor})."
        : $"Runden starter {NorwegianDates.LongDate(plan.Start)}.";

    /// <summary>A date cell: "tir. 3. nov." (with the year when it is not the term's), or a dash where not known yet.</summary>
    public static string Date(DateOnly? date, Plan plan) => date switch
    {
        { } d when d.Year != plan.Term.Year => NorwegianDates.ShortDateWithYear(d),
        { } d => NorwegianDates.ShortDate(d),
        _ => "–",
    };

    public static string Phase(Phase phase) => $"Fase {phase.Id}: {phase.Title}{(phase.Scope == PhaseScope.Conversation ? " (per samtale)" : string.Empty)}";
}
