using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Output.Status;

/// <summary>The words every status format shares, so the formats say the same thing in the same words.</summary>
internal static class StatusHeadings
{
    public static string Title(RoundProgress progress) => $"Status for {progress.Plan.Term}: {progress.Plan.Routine.Title}";

    public static string AsOf(RoundProgress progress) => $"Per {NorwegianDates.LongDate(progress.Today)}.";

    public static string RoundSteps(ProgressTotals totals) => $"{totals.RoundStepsDone} av {totals.RoundSteps} utført, {totals.RoundStepsLate} forfalt";

    public static string Conversations(ProgressTotals totals) =>
        $"{totals.Held} av {totals.Conversations} gjennomført, {totals.ConversationsLate} med noe forfalt";

    public static string Forms(ProgressTotals totals) =>
        string.Join(", ", totals.Forms.OrderBy(f => f.Key).Select(f => $"{FormStages.Title(f.Key)} {f.Value}"));

    /// <summary>"Forfalt per ansvarlig: 14 oppgaver hos 6".</summary>
    public static string LateHeading(RoundProgress progress, LateGrouping by, IReadOnlyList<LateGroup> groups) =>
        $"Forfalt {Per(by)}: {Tasks.Count(progress.Late.Count)}" + (by == LateGrouping.Holder ? $" hos {groups.Count(g => g.Person is not null)} {(groups.Count(g => g.Person is not null) == 1 ? "person" : "personer")}" : string.Empty);

    public static string Per(LateGrouping by) => by switch
    {
        LateGrouping.Holder => "per ansvarlig",
        LateGrouping.Step => "per steg",
        LateGrouping.Unit => "per studiested",
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "A grouping the status report does not know."),
    };

    public const string NobodyLate = "Ingen ligger etter.";

    public static Noun Tasks { get; } = new("oppgave", "oppgaver");

    public static string GroupTitle(LateGroup group) => $"{group.Title} – {group.Items.Count}";

    /// <summary>What is late: the step's activity; a measure's follow-up says so.</summary>
    public static string What(LateItem item) => item.Kind == LateKind.Measure ? $"{item.Activity} (et tiltak)" : item.Activity;

    /// <summary>"3.2: Sofie Bakken – Emma Solberg (AU)", or empty for a round step.</summary>
    public static string Conversation(LateItem item) => item.Conversation is { } c
        ? $"{c.Step}: {c.Holder.Name} – {c.Partner.Name}{(c.PartnerRole is { } role ? $" ({role})" : string.Empty)}"
        : string.Empty;

    public static string Responsible(LateItem item) =>
        item.Responsible.Count == 0 ? RoundProgress.Nobody(item.Role) : string.Join(", ", item.Responsible.Select(p => p.Name));

    public static string Deadline(DateOnly? date, RoundProgress progress) => PlanHeadings.Date(date, progress.Plan);

    public static string DaysLate(LateItem item) => NorwegianNouns.BusinessDay.Count(item.BusinessDaysLate);

    /// <summary>A step's state in words, with how many of its conversations or measures are done and late.</summary>
    public static string State(StepProgress step)
    {
        var state = GanttStates.Title(step.State);
        return step.Judged switch
        {
            StepJudgement.Conversations => step.Total == 0 ? $"{state} (ingen samtaler)" : $"{state}: {step.Done} av {step.Total} holdt, {step.Late} forfalt",
            StepJudgement.PerConversation when step.Step.DoneWhen == Routines.StepEvidence.Measures =>
                step.Total == 0 ? $"{state} (ingen tiltak med frist)" : $"{state}: {step.Done} av {step.Total} tiltak fulgt opp, {step.Late} forfalt",
            StepJudgement.PerConversation => step.Total == 0 ? $"{state} (ingen samtaler)" : $"{state}: {step.Done} av {step.Total} samtaler, {step.Late} forfalt",
            StepJudgement.Round or StepJudgement.NotJudged => state,
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Judged, "A judgement the status report does not know."),
        };
    }
}
