using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Reminders;

/// <summary>Why a person hears about an item.</summary>
public enum NoticeKind
{
    /// <summary>Their own item is coming up, due today or overdue (<c>Påminnelse</c>).</summary>
    Reminder,

    /// <summary>A partner's confirmation is overdue: the chase (<c>Purring</c>).</summary>
    Chase,

    /// <summary>The holder's copy of a chase sent to their partner.</summary>
    ChaseCopy,

    /// <summary>Overdue for the routine's number of business days: to the routine's escalation role (<c>Eskalering</c>).</summary>
    Escalation,
}

/// <summary>Where an item stands against its deadline on the day of the run.</summary>
public enum DueState
{
    /// <summary>Due within the routine's lead time.</summary>
    Upcoming,

    /// <summary>Due today.</summary>
    DueToday,

    /// <summary>Past its deadline.</summary>
    Overdue,
}

/// <summary>
/// One line of one person's digest. <see cref="Key"/> identifies the milestone (item, state, deadline, recipient) so
/// that it is sent once: a second run the same day, or any later day, finds it in <c>Varsler</c> and leaves it — until
/// the deadline moves, which makes every notice about the item new.
/// </summary>
/// <param name="Key">The milestone's key: round, step, opaque item, state or kind, deadline in force, recipient.</param>
/// <param name="Round">The round.</param>
/// <param name="RecipientUpn">Who gets it.</param>
/// <param name="Kind">Why.</param>
/// <param name="State">Where the item stands.</param>
/// <param name="Step">The routine step.</param>
/// <param name="Activity">The step's activity, the routine's words.</param>
/// <param name="About">The conversation it concerns (its title), for conversation steps and measures.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="DaysOverdue">Business days past the deadline (0 unless overdue).</param>
/// <param name="Link">Where to act: a list item, never a form's content.</param>
public sealed record ReminderNotice(
    string Key,
    string Round,
    string RecipientUpn,
    NoticeKind Kind,
    DueState State,
    StepId Step,
    string Activity,
    string? About,
    DateOnly Deadline,
    int DaysOverdue,
    Uri Link)
{
    /// <summary>What shows the step done (so the mail can say what to do); <see cref="StepEvidence.None"/> for a round step.</summary>
    public StepEvidence Evidence { get; init; }

    /// <summary>The step's activity in English, when the routine has it.</summary>
    public string? ActivityEn { get; init; }
}
