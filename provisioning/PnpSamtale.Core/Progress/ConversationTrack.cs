using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Progress;

/// <summary>
/// One conversation's way through the routine's per-conversation steps (the StInn routine's phase 2): which step is
/// done by what the register and the conversation's items show, which is open, and its deadline — the conversation's
/// own deadline for the conversation, counted from it for steps before it, and from the day the previous step was
/// actually done for steps after it (a step after another only opens once that one is done). The same reading of the
/// routine as the reminder job's.
/// </summary>
public sealed class ConversationTrack
{
    private readonly ConversationFacts conversation;
    private readonly IReadOnlyList<Step> steps;
    private readonly BusinessCalendar calendar;

    /// <summary>Follows <paramref name="conversation"/> through <paramref name="steps"/> on <paramref name="calendar"/>.</summary>
    public ConversationTrack(ConversationFacts conversation, IReadOnlyList<Step> steps, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(calendar);
        this.conversation = conversation;
        this.steps = steps;
        this.calendar = calendar;
    }

    /// <summary>The steps a routine repeats for every conversation, in its order.</summary>
    public static IReadOnlyList<Step> StepsOf(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return [.. routine.Phases.Where(p => p.Scope == PhaseScope.Conversation).SelectMany(p => p.Steps)];
    }

    /// <summary>Whether the step can be done now: every step it comes after is done.</summary>
    public bool IsOpen(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Timing is not AfterSteps after || after.Steps.All(a => Find(a) is not { } anchor || IsDone(anchor));
    }

    /// <summary>Whether what the routine names as the step's evidence (<see cref="Step.DoneWhen"/>) shows it done.</summary>
    public bool IsDone(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var c = conversation;
        return step.DoneWhen switch
        {
            StepEvidence.Scheduled => c.Scheduled || c.Held is not null,
            StepEvidence.Held => c.Held is not null,
            StepEvidence.FormSent => c.Stage >= FormStage.SentToPartner || c.Confirmed,
            StepEvidence.FormConfirmed => c.Confirmed || c.Stage >= FormStage.Confirmed,
            StepEvidence.FormArchived => c.Stage == FormStage.Archived,

            // Each measure has its own deadline; the step as a whole is never done for the conversation.
            StepEvidence.Measures => false,
            StepEvidence.None => step.Timing.Anchors.Select(Find).OfType<Step>().All(IsDone),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.DoneWhen, "A kind of step evidence the track does not know."),
        };
    }

    /// <summary>The step's deadline for this conversation, if it follows from what is known.</summary>
    public DateOnly? Deadline(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Timing switch
        {
            AtConversation => conversation.Deadline,
            BeforeStep before => Find(before.Anchor) is { } anchor && Deadline(anchor) is { } date ? calendar.AddBusinessDays(date, -before.BusinessDays) : null,
            SameDayAs same => Find(same.Anchor) is { } anchor ? Actual(anchor) ?? Deadline(anchor) : null,
            AfterSteps after => after.Steps.Select(Find).OfType<Step>().Select(a => Actual(a) ?? Deadline(a)).Max() is { } from
                ? calendar.AddBusinessDays(from, after.MaxBusinessDays)
                : null,

            // Set during another step, per person, or a season: no deadline of the conversation's own.
            InSeason or SetInStep or AtTermEnd => null,
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.Timing, "A timing rule the track does not know."),
        };
    }

    private Step? Find(StepId id) => steps.FirstOrDefault(s => s.Id == id);

    /// <summary>The day the step was actually done, where the lists say it.</summary>
    private DateOnly? Actual(Step step) => step.DoneWhen switch
    {
        StepEvidence.Held => conversation.Held,
        StepEvidence.FormSent => IsDone(step) ? conversation.SentOn ?? conversation.ConfirmedOn : null,
        StepEvidence.FormConfirmed => IsDone(step) ? conversation.ConfirmedOn : null,
        StepEvidence.None when step.Timing is SameDayAs same && Find(same.Anchor) is { } anchor => Actual(anchor),
        _ => null,
    };
}
