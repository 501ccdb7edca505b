using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Routines;

/// <summary>
/// The semantic checks of a routine: duplicate steps, references to missing steps, dependency cycles, rules in
/// the wrong place, roles the glossary does not define (with "did you mean"), and windows that cannot be met.
/// Structural errors come first; the window check runs only on a routine without them.
/// </summary>
public static class RoutineLinter
{
    /// <summary>How many years ahead windows are checked, from the current year.</summary>
    public const int YearsChecked = 2;

    /// <summary>Lints a loaded routine; <paramref name="clock"/> decides which years' terms are checked.</summary>
    public static IReadOnlyList<Diagnostic> Lint(LoadedRoutine loaded, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(clock);
        if (loaded.Routine is not { } routine)
        {
            return [];
        }

        var source = loaded.Source;
        var findings = new List<Diagnostic>();
        findings.AddRange(Duplicates(routine, source));
        findings.AddRange(MissingSteps(routine, source));
        findings.AddRange(Cycles(routine, source));
        findings.AddRange(Placement(routine, source));
        findings.AddRange(RoleChecks.Check(routine, source));
        if (!findings.Concat(loaded.Diagnostics).Any(d => d.Severity == Severity.Error))
        {
            findings.AddRange(Windows(routine, source, clock));
        }

        return findings;
    }

    private static IEnumerable<Diagnostic> Duplicates(Routine routine, SourceMap source) =>
        routine.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1).Select((_, i) =>
            Error(DiagnosticCodes.Duplicate, source[$"steps/{g.Key}@{i + 2}/id"], $"step {g.Key} is defined more than once (first at line {source[$"steps/{g.Key}"].Line}); step numbers must be unique")));

    private static IEnumerable<Diagnostic> MissingSteps(Routine routine, SourceMap source)
    {
        var known = routine.Steps.Select(s => s.Id).ToHashSet();
        foreach (var step in routine.Steps)
        {
            for (var i = 0; i < step.Timing.References.Count; i++)
            {
                var reference = step.Timing.References[i];
                if (!known.Contains(reference))
                {
                    var suggestion = Suggestions.Closest(reference.Value, known.Select(k => k.Value));
                    yield return Error(DiagnosticCodes.MissingStep, source[$"steps/{step.Id}/timing/{i}"],
                        $"step {step.Id} refers to step {reference}, which the routine does not have{(suggestion is null ? string.Empty : $"; did you mean {suggestion}?")}");
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Cycles(Routine routine, SourceMap source)
    {
        var (_, cycle) = StepGraph.Sort([.. routine.Steps]);
        if (cycle is not null)
        {
            yield return Error(DiagnosticCodes.Cycle, source[$"steps/{cycle[0]}/timing"],
                $"the steps depend on each other in a cycle: {string.Join(" → ", cycle)}; one of them must be anchored elsewhere");
        }
    }

    private static IEnumerable<Diagnostic> Placement(Routine routine, SourceMap source)
    {
        var conversationSteps = routine.Steps.Where(s => s.Conversation is not null).ToList();
        foreach (var phase in routine.Phases)
        {
            foreach (var step in phase.Steps)
            {
                var at = source[$"steps/{step.Id}/timing"];
                if (step.Timing is AtConversation && phase.Scope != PhaseScope.Conversation)
                {
                    yield return Error(DiagnosticCodes.Misplaced, at, $"step {step.Id} is timed by the conversation, but phase {phase.Id} is not a per-conversation phase (scope: conversation)");
                }

                if (step.Timing is AtConversation && conversationSteps.Count == 0)
                {
                    yield return Error(DiagnosticCodes.Misplaced, at, $"step {step.Id} is timed by the conversation, but no step defines conversations (conversation: holder/partner)");
                }

                if (step.Conversation is not null && phase.Scope == PhaseScope.Conversation)
                {
                    yield return Error(DiagnosticCodes.Misplaced, source[$"steps/{step.Id}"], $"step {step.Id} defines conversations inside the per-conversation phase {phase.Id}; define them in a round phase");
                }

                if (step.Timing is InSeason season)
                {
                    foreach (var missing in routine.Cadence.Starts.Keys.Where(s => !season.Parts.ContainsKey(s)))
                    {
                        yield return Error(DiagnosticCodes.Misplaced, at, $"step {step.Id} says nothing about when it happens in {missing.ToString().ToLowerInvariant()} rounds, but the cadence has them");
                    }
                }
            }
        }

        if (routine.Cadence.Starts.Count == 0)
        {
            yield return Error(DiagnosticCodes.Misplaced, source["cadence"], "the cadence names no season; give autumn and/or spring, or year for an annual routine");
        }
        else if (routine.Cadence.Starts.ContainsKey(Season.Year) && routine.Cadence.Starts.Count > 1)
        {
            yield return Error(DiagnosticCodes.Misplaced, source["cadence"], "the cadence mixes an annual start (year) with semester starts (autumn/spring); choose one");
        }

        var defaults = routine.Classifications.Count(c => c.IsDefault);
        if (defaults != 1)
        {
            yield return Error(DiagnosticCodes.Misplaced, source["classifications/0"], $"exactly one classification must be the default (default: true); found {defaults}");
        }
    }

    private static IEnumerable<Diagnostic> Windows(Routine routine, SourceMap source, TimeProvider clock)
    {
        var year = clock.GetLocalNow().Year;
        var reported = new HashSet<StepId>();
        foreach (var term in routine.Cadence.Starts.Keys.SelectMany(season => Enumerable.Range(year, YearsChecked).Select(y => Term.Create(season, y))))
        {
            var plan = Planner.Create(new PlanRequest(routine, term)).Plan;
            foreach (var step in plan?.Steps ?? [])
            {
                if (step.Window.Latest is { } latest && latest < plan!.Start && reported.Add(step.Step.Id))
                {
                    yield return Error(DiagnosticCodes.WindowCannotBeMet, source[$"steps/{step.Step.Id}/timing"],
                        $"step {step.Step.Id} cannot be met: in {term} its deadline ({latest:yyyy-MM-dd}) comes before the round starts ({plan.Start:yyyy-MM-dd})");
                }
            }
        }
    }

    private static Diagnostic Error(string code, SourceLocation at, string message) => new(Severity.Error, code, at, message);
}
