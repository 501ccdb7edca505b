using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using static PnpSamtale.Core.Text.NorwegianDates;

namespace PnpSamtale.Core.Planning;

/// <summary>Computes one step's window from its timing rule and the windows already planned.</summary>
internal sealed class RuleEvaluator(BusinessCalendar calendar, Term term, DateOnly start, IReadOnlyDictionary<StepId, DateWindow> planned, DateWindow termEnds)
{
    public RuleEvaluation Evaluate(Step step, IReadOnlyList<StepId> dependencies) => step.Timing switch
    {
        BeforeStep before => Before(step, before),
        AfterSteps after => After(after.Steps, after.MinBusinessDays, after.MaxBusinessDays),
        SameDayAs same => SameDay(same.Anchor),
        InSeason season => Season(step, season),
        SetInStep setIn => RuleEvaluation.Of(DateWindow.Unknown, $"dato settes i {setIn.SetIn} – ikke kjent ennå (oppgi den med --set {step.Id}=ÅÅÅÅ-MM-DD)"),
        AtConversation => Conversation(dependencies),
        AtTermEnd => TermEnd(),
        _ => throw new InvalidOperationException($"Unknown timing rule {step.Timing.GetType().Name}."),
    };

    private RuleEvaluation Before(Step step, BeforeStep rule)
    {
        var anchor = Anchor(rule.Anchor);
        var ruleText = $"{Days(rule.BusinessDays)} før {rule.Anchor}";
        if (anchor.Latest is not { } anchorLatest)
        {
            return RuleEvaluation.Of(DateWindow.Unknown, $"{ruleText}: {rule.Anchor} er ikke kjent ennå");
        }

        var latest = calendar.AddBusinessDays(anchorLatest, -rule.BusinessDays);
        var conflicts = new List<string>();
        if (latest < start)
        {
            conflicts.Add($"{step.Id} {step.Activity}: fristen {ShortDate(latest)} er før rundens start ({ShortDate(start)}) – flytt {rule.Anchor} eller start runden tidligere.");
        }
        else if (anchor.Earliest is { } anchorEarliest && calendar.AddBusinessDays(anchorEarliest, -rule.BusinessDays) < start)
        {
            conflicts.Add($"{step.Id} {step.Activity}: hvis {rule.Anchor} legges før {ShortDate(calendar.AddBusinessDays(start, rule.BusinessDays))}, må {step.Id} skje før rundens start ({ShortDate(start)}).");
        }

        var window = new DateWindow(latest < start ? latest : start, latest);
        return new RuleEvaluation(window, $"{ruleText} ({anchor}) → senest {ShortDate(latest)}", conflicts);
    }

    private RuleEvaluation After(IReadOnlyList<StepId> anchors, int min, int max)
    {
        var days = min == max ? Days(min) : $"{min}–{Days(max)}";
        var names = string.Join(" og ", anchors);
        var windows = anchors.Select(Anchor).ToList();
        var latestEarliest = windows.All(w => w.Earliest is not null) ? windows.Max(w => w.Earliest) : null;
        var latestLatest = windows.All(w => w.Latest is not null) ? windows.Max(w => w.Latest) : null;
        var basis = new DateWindow(latestEarliest, latestLatest);
        var window = new DateWindow(
            latestEarliest is { } e ? calendar.AddBusinessDays(e, min) : null,
            latestLatest is { } l ? calendar.AddBusinessDays(l, max) : null);
        var of = anchors.Count > 1 ? "siste av dem: " : string.Empty;
        return RuleEvaluation.Of(window, window == DateWindow.Unknown
            ? $"{days} etter {names}: {names} er ikke kjent ennå"
            : $"{days} etter {names} ({of}{basis}) → {window}");
    }

    private RuleEvaluation SameDay(StepId anchor)
    {
        var window = Anchor(anchor);
        return RuleEvaluation.Of(window, $"samme dag som {anchor} → {window}");
    }

    private RuleEvaluation Season(Step step, InSeason rule)
    {
        if (!rule.Parts.TryGetValue(term.Season, out var anchor))
        {
            return RuleEvaluation.Of(DateWindow.Unknown, $"rutinen sier ikke når {step.Id} er i {SeasonName(term.Season)}");
        }

        var window = new DateWindow(calendar.OnOrAfter(anchor.FirstDay(term.Year)), calendar.RollDeadline(anchor.LastDay(term.Year)));
        return RuleEvaluation.Of(window, $"{anchor} {term.Year} → {window}");
    }

    private RuleEvaluation Conversation(IReadOnlyList<StepId> conversationSteps)
    {
        var windows = conversationSteps.Select(Anchor).ToList();
        if (windows.Count == 0)
        {
            return RuleEvaluation.Of(DateWindow.Unknown, "per samtale – ingen steg definerer samtaler");
        }

        var window = new DateWindow(
            windows.All(w => w.Earliest is not null) ? windows.Min(w => w.Earliest) : null,
            windows.All(w => w.Latest is not null) ? windows.Max(w => w.Latest) : null);
        var range = conversationSteps.Count == 1 ? conversationSteps[0].ToString() : $"{conversationSteps[0]}–{conversationSteps[^1]}";
        return RuleEvaluation.Of(window, $"per samtale, i vinduet til samtalens steg ({range}) → samlet {window}");
    }

    private RuleEvaluation TermEnd() => termEnds == DateWindow.Unknown
        ? RuleEvaluation.Of(DateWindow.Unknown, "periodeslutt for vervet, per person – ikke kjent uten roster med periodeslutt")
        : RuleEvaluation.Of(termEnds, $"periodeslutt for vervet, per person → {termEnds}");

    private DateWindow Anchor(StepId id) => planned.TryGetValue(id, out var window) ? window : DateWindow.Unknown;

    private static string Days(int n) => Text.NorwegianNouns.BusinessDay.Count(n);

    private static string SeasonName(Season season) => season switch
    {
        Terms.Season.Autumn => "høstsemesteret",
        Terms.Season.Spring => "vårsemesteret",
        _ => "året",
    };
}
