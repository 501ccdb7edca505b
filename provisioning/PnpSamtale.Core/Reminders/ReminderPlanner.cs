using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Conversations;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Reminders;

/// <summary>
/// Decides who hears about what on a day: every open item with a deadline gives at most three reminders to whoever is
/// responsible — when it comes within the routine's lead time, on the day it is due, and the first day it is overdue —
/// and one escalation to the routine's escalation role once it is the routine's number of business days overdue. An
/// overdue confirmation by the partner is a chase (<c>purring</c>) with a copy to the holder. Pure: the caller reads
/// the lists and sends the mail, and leaves out what <c>Varsler</c> says was sent.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>The notices due on <paramref name="today"/> (none on weekends and Norwegian holidays).</summary>
    /// <param name="round">What the round's lists say.</param>
    /// <param name="roleHolders">The people holding a role on the day (from <c>Verv</c>), by role abbreviation.</param>
    /// <param name="today">The Oslo day of the run.</param>
    public static IReadOnlyList<ReminderNotice> Plan(RoundFacts round, Func<string, IReadOnlyList<string>> roleHolders, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(roleHolders);
        var routine = round.Routine;
        var calendar = new BusinessCalendar(routine.Calendar);
        if (!calendar.IsBusinessDay(today))
        {
            return [];
        }

        var planner = new DayPlanner(round, roleHolders, today, calendar);
        foreach (var facts in round.Steps)
        {
            planner.RoundStep(facts);
        }

        var conversationSteps = routine.Phases.Where(p => p.Scope == PhaseScope.Conversation).SelectMany(p => p.Steps).ToList();
        var measures = round.Measures.ToLookup(m => m.ConversationKey, StringComparer.Ordinal);
        foreach (var conversation in round.Conversations)
        {
            var track = new Progress.ConversationTrack(conversation, conversationSteps, calendar);
            foreach (var step in conversationSteps)
            {
                if (step.DoneWhen == StepEvidence.Measures)
                {
                    foreach (var measure in measures[conversation.Key].Where(m => !m.Done && m.Deadline is not null))
                    {
                        planner.Item(step, conversation, measure.Key, measure.Deadline!.Value, measure.Link);
                    }
                }
                else if (step.DoneWhen != StepEvidence.None && track.IsOpen(step) && !track.IsDone(step) && track.Deadline(step) is { } deadline)
                {
                    planner.Item(step, conversation, conversation.Key, deadline, step.DoneWhen is StepEvidence.Scheduled or StepEvidence.Held ? conversation.Link : conversation.FormLink ?? conversation.Link);
                }
            }
        }

        return planner.Notices;
    }

    private sealed class DayPlanner(RoundFacts round, Func<string, IReadOnlyList<string>> roleHolders, DateOnly today, BusinessCalendar calendar)
    {
        private readonly ReminderPolicy policy = round.Routine.Reminders;

        public List<ReminderNotice> Notices { get; } = [];

        public void RoundStep(StepFacts facts)
        {
            var step = round.Routine.FindStep(facts.Step);
            if (facts.Done || facts.Deadline is not { } deadline || step is null || step.Conversation is not null
                || step.Timing is AtTermEnd || step.Responsibility.Kind != ResponsibleKind.Role)
            {
                return;
            }

            Emit(step, null, facts.Step.ToString(), deadline, facts.Link, [.. roleHolders(step.Responsibility.Role!)], chaseCopyTo: null);
        }

        public void Item(Step step, ConversationFacts conversation, string itemKey, DateOnly deadline, Uri link)
        {
            var (responsible, copy) = step.Responsibility.Kind switch
            {
                ResponsibleKind.Holder => ([conversation.HolderUpn], null),
                ResponsibleKind.Partner => (new[] { conversation.PartnerUpn }, conversation.HolderUpn),
                ResponsibleKind.Role => (roleHolders(step.Responsibility.Role!).ToArray(), (string?)null),
                _ => (Array.Empty<string>(), null),
            };
            Emit(step, conversation.Title, $"{step.Id}/{OpaqueKey.Of(itemKey)}", deadline, link, responsible, copy);
        }

        private void Emit(Step step, string? about, string subject, DateOnly deadline, Uri link, IReadOnlyList<string> responsible, string? chaseCopyTo)
        {
            var due = calendar.RollDeadline(deadline);
            DueState state;
            var overdue = 0;
            if (today < due)
            {
                if (calendar.BusinessDaysBetween(today, due) > policy.LeadBusinessDays)
                {
                    return;
                }

                state = DueState.Upcoming;
            }
            else if (today == due)
            {
                state = DueState.DueToday;
            }
            else
            {
                state = DueState.Overdue;
                overdue = calendar.BusinessDaysBetween(due, today);
            }

            var chase = state == DueState.Overdue && chaseCopyTo is not null;
            foreach (var upn in responsible)
            {
                Add(chase ? NoticeKind.Chase : NoticeKind.Reminder, upn, StateTag(state));
            }

            if (chase)
            {
                Add(NoticeKind.ChaseCopy, chaseCopyTo!, "purring-kopi");
            }

            if (state == DueState.Overdue && overdue >= policy.EscalateAfterBusinessDays)
            {
                foreach (var upn in roleHolders(policy.EscalateTo).Where(u => !responsible.Contains(u, StringComparer.OrdinalIgnoreCase)))
                {
                    Add(NoticeKind.Escalation, upn, "eskalert");
                }
            }

            void Add(NoticeKind kind, string upn, string tag) => Notices.Add(new ReminderNotice(
                Key(round.Round, subject, tag, due, upn),
                round.Round,
                upn.ToLowerInvariant(),
                kind,
                state,
                step.Id,
                step.Activity,
                about,
                due,
                overdue,
                link) { Evidence = step.DoneWhen, ActivityEn = step.ActivityEn });
        }

        /// <summary>
        /// <c>{round}/{step}[/{opaque item}]/{state or kind}/{deadline}/{recipient}</c>: everything that makes a notice new.
        /// The deadline is the one in force (rolled to a business day), so a deadline the OU moves is reminded and
        /// escalated again, while one that stays put never gives the same notice twice.
        /// </summary>
        private static string Key(string round, string subject, string tag, DateOnly due, string upn) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{round}/{subject}/{tag}/{due:yyyy-MM-dd}/{upn.ToLowerInvariant()}");

        private static string StateTag(DueState state) => state switch
        {
            DueState.Upcoming => "snart",
            DueState.DueToday => "frist",
            _ => "forfalt",
        };
    }
}
