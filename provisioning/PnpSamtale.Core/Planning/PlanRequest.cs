using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Planning;

/// <summary>What to plan: a routine for a term, with dates already set and, optionally, the roster.</summary>
public sealed record PlanRequest(Routine Routine, Term Term)
{
    /// <summary>Dates decided or recorded for steps (e.g. 1.2 = 2026-11-09); they replace the computed windows.</summary>
    public IReadOnlyDictionary<StepId, DateOnly> SetDates { get; init; } = new Dictionary<StepId, DateOnly>();

    /// <summary>The roster; without it the plan has no conversations and no term ends.</summary>
    public Roster? Roster { get; init; }
}
