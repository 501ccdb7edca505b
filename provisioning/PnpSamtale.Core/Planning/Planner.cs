using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Conversations;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using static PnpSamtale.Core.Text.NorwegianDates;

namespace PnpSamtale.Core.Planning;

/// <summary>
/// Resolves every step of a round into a window by propagating through the steps' dependencies on the routine's
/// business-day calendar. Dates set by the user replace computed windows and re-plan everything downstream.
/// </summary>
public static class Planner
{
    /// <summary>Plans a round; a request that cannot be planned gives errors a person can act on.</summary>
    public static PlanResult Create(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var routine = request.Routine;
        var term = request.Term;
        if (!routine.Cadence.Starts.TryGetValue(term.Season, out var startAnchor))
        {
            var seasons = string.Join(", ", routine.Cadence.Starts.Keys.Select(s => s switch { Season.Autumn => "H<år>", Season.Spring => "V<år>", _ => "<år>" }));
            return PlanResult.Failure($"The routine {routine.Id} has no round in term {term} (its cadence: {routine.Cadence.Text}); use a term of the form {seasons}.");
        }

        var errors = CheckSetDates(routine, term, request.SetDates);
        if (errors.Count > 0)
        {
            return new PlanResult(null, errors);
        }

        var calendar = new BusinessCalendar(routine.Calendar);
        var start = calendar.OnOrAfter(startAnchor.FirstDay(term.Year));
        var periodEnd = term.Season == Season.Spring ? new DateOnly(term.Year, 6, 30) : new DateOnly(term.Year, 12, 31);
        var derivation = request.Roster is { } roster
            ? ConversationDeriver.Derive(routine, roster, term, start, periodEnd)
            : new ConversationDerivation([], []);
        var warnings = derivation.Problems.Select(p => new PlanWarning(p.Step, p.Message)).ToList();
        var termEnds = TermEnds(derivation.Conversations, calendar, warnings);

        var steps = routine.Steps.Where(s => s.OccurrenceIn(term.Season) != Occurrence.Never).ToList();
        var (order, cycle) = StepGraph.Sort(steps);
        if (cycle is not null)
        {
            return PlanResult.Failure($"The routine's steps depend on each other in a cycle: {string.Join(" → ", cycle)}.");
        }

        var windows = new Dictionary<StepId, DateWindow>();
        var plans = new Dictionary<StepId, StepPlan>();
        var evaluator = new RuleEvaluator(calendar, term, start, windows, termEnds);
        foreach (var step in order)
        {
            var plan = PlanStep(step, steps, routine, term, evaluator, calendar, request.SetDates, warnings);
            windows[step.Id] = plan.Window;
            plans[step.Id] = plan;
        }

        var conversations = derivation.Conversations
            .Select(c => new ConversationPlan(c, windows.GetValueOrDefault(c.Step) ?? DateWindow.Unknown))
            .ToList();
        var ordered = steps.Select(s => plans[s.Id]).ToList();
        return PlanResult.Success(new Plan(routine, term, start, ordered, conversations, warnings));
    }

    private static StepPlan PlanStep(Step step, IReadOnlyList<Step> occurring, Routine routine, Term term, RuleEvaluator evaluator, BusinessCalendar calendar, IReadOnlyDictionary<StepId, DateOnly> setDates, List<PlanWarning> warnings)
    {
        var optional = step.OccurrenceIn(term.Season) == Occurrence.WhenNeeded;
        var prefix = optional ? "ved behov: " : string.Empty;
        var evaluation = evaluator.Evaluate(step, StepGraph.DependenciesOf(step, occurring));
        if (!setDates.TryGetValue(step.Id, out var set))
        {
            warnings.AddRange(evaluation.Conflicts.Select(c => new PlanWarning(step.Id, c)));
            if (evaluation.Window is { Earliest: { } e, Latest: { } l } && l < e)
            {
                warnings.Add(new PlanWarning(step.Id, $"{step.Id} {step.Activity}: vinduet er tomt ({ShortDate(e)} til {ShortDate(l)}) – sjekk regelen «{step.When}»."));
            }

            return new StepPlan(step, routine.PhaseOf(step.Id), evaluation.Window, prefix + evaluation.Explanation, optional, IsSet: false);
        }

        if (!calendar.IsBusinessDay(set))
        {
            warnings.Add(new PlanWarning(step.Id, $"{step.Id} er satt til {LongDate(set)}, som ikke er en virkedag."));
        }

        if (evaluation.Window is { Earliest: { } earliest, Latest: { } latest } && (set < earliest || set > latest))
        {
            warnings.Add(new PlanWarning(step.Id, $"{step.Id} er satt til {ShortDate(set)}, utenfor regelen «{step.When}» ({evaluation.Window})."));
        }

        return new StepPlan(step, routine.PhaseOf(step.Id), DateWindow.On(set), $"{prefix}satt til {ShortDate(set)} (regelen: {evaluation.Explanation})", optional, IsSet: true);
    }

    private static List<string> CheckSetDates(Routine routine, Term term, IReadOnlyDictionary<StepId, DateOnly> setDates)
    {
        var errors = new List<string>();
        foreach (var id in setDates.Keys.Order())
        {
            var step = routine.FindStep(id);
            if (step is null)
            {
                var suggestion = Definitions.Suggestions.Closest(id.Value, routine.Steps.Select(s => s.Id.Value));
                errors.Add($"--set {id}: the routine {routine.Id} has no step {id}{(suggestion is null ? string.Empty : $"; did you mean {suggestion}?")}.");
            }
            else if (routine.PhaseOf(id).Scope == PhaseScope.Conversation)
            {
                errors.Add($"--set {id}: step {id} happens once per conversation, so it has no single date for the round.");
            }
            else if (step.OccurrenceIn(term.Season) == Occurrence.Never)
            {
                errors.Add($"--set {id}: step {id} does not take place in term {term}.");
            }
        }

        return errors;
    }

    private static DateWindow TermEnds(IReadOnlyList<Conversation> conversations, BusinessCalendar calendar, List<PlanWarning> warnings)
    {
        var ends = new List<DateOnly>();
        foreach (var conversation in conversations)
        {
            var end = conversation.Partner.Roles.Where(r => r.Role == conversation.PartnerRole).Select(r => r.To).FirstOrDefault();
            if (end is { } date)
            {
                ends.Add(date);
            }
            else if (conversation.PartnerRole is not null)
            {
                warnings.Add(new PlanWarning(conversation.Step, $"{conversation.Step}: {conversation.Partner.Name} mangler periodeslutt for {conversation.PartnerRole} i rosteret; skjemaet kan ikke makuleres automatisk før den er satt."));
            }
        }

        // A term ends on a calendar date; shredding is a deadline and follows the roll rule like any other.
        return ends.Count == 0 ? DateWindow.Unknown : new DateWindow(calendar.OnOrAfter(ends.Min()), calendar.RollDeadline(ends.Max()));
    }
}
