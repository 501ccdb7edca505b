using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Progress;

/// <summary>
/// Works out who is behind in a round on a day. A step done once for the round is late when its deadline has passed
/// and nobody of its role marked it done; the steps every conversation goes through are judged per conversation (never
/// as round steps nobody marks), by what the routine names as their evidence and the deadlines that follow from the
/// conversation's own; a step that stands for conversations is done when they are held. Pure: the caller reads the
/// lists (the register, not the columns the pair can edit) and the roster.
/// </summary>
public static class ProgressAssessor
{
    /// <summary>The state of every step and the late list on <see cref="ProgressRequest.Today"/>.</summary>
    public static RoundProgress Assess(ProgressRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var assessment = new Assessment(request);
        var steps = request.Plan.Steps.Select(assessment.Judge).ToList();
        var late = assessment.Late
            .OrderBy(i => i.Deadline).ThenBy(i => i.Step)
            .ThenBy(i => i.Conversation?.Step, Comparer<StepId?>.Default).ThenBy(i => i.Conversation?.Partner.Name, StringComparer.Ordinal)
            .ThenBy(i => i.Conversation?.Key, StringComparer.Ordinal).ThenBy(i => i.Link?.AbsoluteUri, StringComparer.Ordinal)
            .ToList();
        var round = steps.Where(s => s.Judged == StepJudgement.Round).ToList();
        var conversations = request.Facts.Conversations;
        var totals = new ProgressTotals(
            round.Count,
            round.Sum(s => s.Done),
            round.Sum(s => s.Late),
            conversations.Count,
            conversations.Count(c => c.Held is not null),
            late.Where(i => i.Conversation is not null).Select(i => i.Conversation!.Key).Distinct(StringComparer.Ordinal).Count(),
            Enum.GetValues<FormStage>().ToDictionary(s => s, s => conversations.Count(c => c.Stage == s)));
        return new RoundProgress(request.Plan, request.Today, steps, late, totals);
    }

    /// <summary>How a step is judged: once for the round, per conversation, by its conversations, or not at all.</summary>
    public static StepJudgement JudgementOf(Step step, Phase phase)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(phase);
        if (step.Conversation is not null)
        {
            return StepJudgement.Conversations;
        }

        if (phase.Scope == PhaseScope.Conversation)
        {
            return step.DoneWhen == StepEvidence.None ? StepJudgement.NotJudged : StepJudgement.PerConversation;
        }

        return step.Timing is not AtTermEnd && step.Responsibility.Kind == ResponsibleKind.Role ? StepJudgement.Round : StepJudgement.NotJudged;
    }

    private sealed class Assessment
    {
        private readonly ProgressRequest request;
        private readonly BusinessCalendar calendar;
        private readonly List<Tracked> conversations;

        public Assessment(ProgressRequest request)
        {
            this.request = request;
            calendar = new BusinessCalendar(request.Facts.Routine.Calendar);
            var steps = ConversationTrack.StepsOf(request.Facts.Routine);
            var designed = request.Plan.Conversations.ToDictionary(c => c.Conversation.Key, StringComparer.Ordinal);
            conversations = [.. request.Facts.Conversations.Select(c => Track(c, designed.GetValueOrDefault(c.Key), steps))];
        }

        public List<LateItem> Late { get; } = [];

        private DateOnly Today => request.Today;

        public StepProgress Judge(StepPlan plan)
        {
            var judged = JudgementOf(plan.Step, plan.Phase);
            return judged switch
            {
                StepJudgement.Round => RoundStep(plan),
                StepJudgement.Conversations => ConversationsOf(plan),
                StepJudgement.PerConversation when plan.Step.DoneWhen == StepEvidence.Measures => Measures(plan),
                StepJudgement.PerConversation => PerConversation(plan),
                StepJudgement.NotJudged => NotJudged(plan),
                _ => throw new InvalidOperationException($"Step {plan.Step.Id} is judged in a way the report does not know ({judged})."),
            };
        }

        private StepProgress RoundStep(StepPlan plan)
        {
            // Done is the responsible people's column; the deadline is the design's, not the item's (they can edit it).
            var facts = request.Facts.Steps.FirstOrDefault(s => s.Step == plan.Step.Id);
            var done = facts?.Done == true;
            var deadline = plan.Window.Latest;
            var late = !done && IsPast(deadline);
            if (late)
            {
                var role = plan.Step.Responsibility.Role!;
                var holders = Holders(role);
                Late.Add(Item(LateKind.RoundStep, plan.Step, holders, role, null, CampusOf(holders, role), deadline!.Value, facts?.Link));
            }

            var state = done ? StepState.Done : late ? StepState.Late : Waiting(plan.Window.Earliest, deadline);
            return Progress(plan, StepJudgement.Round, deadline, state, 1, done ? 1 : 0, late ? 1 : 0);
        }

        private StepProgress ConversationsOf(StepPlan plan)
        {
            var own = conversations.Where(c => c.Step == plan.Step.Id).ToList();
            var held = own.Count(c => c.Facts.Held is not null);
            var late = own.Count(c => c.Facts.Held is null && IsPast(c.Facts.Deadline));
            return Progress(plan, StepJudgement.Conversations, plan.Window.Latest, Aggregate(plan, own.Count, held, late), own.Count, held, late);
        }

        private StepProgress PerConversation(StepPlan plan)
        {
            var step = plan.Step;
            var done = 0;
            var late = 0;
            foreach (var c in conversations)
            {
                if (c.Track.IsDone(step))
                {
                    done++;
                }
                else if (c.Track.IsOpen(step) && c.Track.Deadline(step) is { } deadline && IsPast(deadline))
                {
                    late++;
                    var link = step.DoneWhen is StepEvidence.Scheduled or StepEvidence.Held ? c.Facts.Link : c.Facts.FormLink ?? c.Facts.Link;
                    Late.Add(Item(LateKind.ConversationStep, step, Responsible(step, c), step.Responsibility.Role, c.Late, c.Unit, deadline, link));
                }
            }

            return Progress(plan, StepJudgement.PerConversation, plan.Window.Latest, Aggregate(plan, conversations.Count, done, late), conversations.Count, done, late);
        }

        private StepProgress Measures(StepPlan plan)
        {
            var step = plan.Step;
            var byKey = conversations.ToDictionary(c => c.Facts.Key, StringComparer.Ordinal);
            var measures = request.Facts.Measures.Where(m => m.Deadline is not null && byKey.ContainsKey(m.ConversationKey)).ToList();
            var late = 0;
            foreach (var measure in measures.Where(m => !m.Done && IsPast(m.Deadline)))
            {
                late++;
                var c = byKey[measure.ConversationKey];
                Late.Add(Item(LateKind.Measure, step, Responsible(step, c), step.Responsibility.Role, c.Late, c.Unit, measure.Deadline!.Value, measure.Link));
            }

            var done = measures.Count(m => m.Done);
            var deadline = measures.Select(m => m.Deadline).Max() ?? plan.Window.Latest;
            var state = measures.Count == 0 ? Waiting(plan.Window.Earliest, plan.Window.Latest)
                : done == measures.Count ? StepState.Done
                : late > 0 ? StepState.Late
                : StepState.Open;
            return Progress(plan, StepJudgement.PerConversation, deadline, state, measures.Count, done, late);
        }

        private StepProgress NotJudged(StepPlan plan)
        {
            if (plan.Phase.Scope == PhaseScope.Conversation)
            {
                var done = conversations.Count(c => c.Track.IsDone(plan.Step));
                var state = conversations.Count > 0 && done == conversations.Count ? StepState.Done : Waiting(plan.Window.Earliest, plan.Window.Latest);
                return Progress(plan, StepJudgement.NotJudged, plan.Window.Latest, state, conversations.Count, done, 0);
            }

            var marked = request.Facts.Steps.FirstOrDefault(s => s.Step == plan.Step.Id)?.Done == true;
            return Progress(plan, StepJudgement.NotJudged, plan.Window.Latest, marked ? StepState.Done : Waiting(plan.Window.Earliest, plan.Window.Latest), 1, marked ? 1 : 0, 0);
        }

        /// <summary>A step judged over several things: done when all are, late when any is, else by its window.</summary>
        private StepState Aggregate(StepPlan plan, int total, int done, int late) =>
            total > 0 && done == total ? StepState.Done
            : late > 0 ? StepState.Late
            : Waiting(plan.Window.Earliest, plan.Window.Latest);

        /// <summary>A step not done and not late: open once its window has begun, planned before, not known without dates.</summary>
        private StepState Waiting(DateOnly? earliest, DateOnly? deadline) => (earliest ?? deadline) switch
        {
            null => StepState.NotKnownYet,
            { } start when start <= Today => StepState.Open,
            _ => StepState.Planned,
        };

        private bool IsPast(DateOnly? deadline) => deadline is { } d && calendar.RollDeadline(d) < Today;

        private LateItem Item(LateKind kind, Step step, IReadOnlyList<ProgressPerson> responsible, string? role, LateConversation? conversation, string? unit, DateOnly deadline, Uri? link)
        {
            var due = calendar.RollDeadline(deadline);
            return new LateItem(kind, step.Id, step.Activity, responsible, role, conversation, unit, due, calendar.BusinessDaysBetween(due, Today), link);
        }

        private static StepProgress Progress(StepPlan plan, StepJudgement judged, DateOnly? deadline, StepState state, int total, int done, int late) =>
            new(plan.Step, plan.Phase, judged, plan.Window.Earliest, deadline, state, total, done, late);

        private IReadOnlyList<ProgressPerson> Responsible(Step step, Tracked c) => step.Responsibility.Kind switch
        {
            ResponsibleKind.Holder => [c.Late.Holder],
            ResponsibleKind.Partner => [c.Late.Partner],
            ResponsibleKind.Role => Holders(step.Responsibility.Role!),
            ResponsibleKind.CopyHolders => [c.Late.Holder, c.Late.Partner],
            _ => throw new InvalidOperationException($"Step {step.Id} has a kind of responsible the report does not know ({step.Responsibility.Kind})."),
        };

        /// <summary>Who holds the role on the day, from the roster.</summary>
        private IReadOnlyList<ProgressPerson> Holders(string role) => [.. request.Roster.People
            .Where(p => p.Roles.Any(r => string.Equals(r.Role, role, StringComparison.Ordinal) && (r.From is null || r.From <= Today) && (r.To is null || Today <= r.To)))
            .Select(p => Person(p.Upn))
            .OrderBy(p => p.Upn, StringComparer.Ordinal)];

        /// <summary>The campus of a role's holders, when they share one.</summary>
        private string? CampusOf(IReadOnlyList<ProgressPerson> holders, string role)
        {
            var campuses = holders.SelectMany(h => request.Roster.Find(h.Upn)?.Roles.Where(r => r.Role == role).Select(r => r.Campus) ?? []).Distinct().ToList();
            return campuses is [{ } only] ? only : null;
        }

        private ProgressPerson Person(string upn)
        {
            var key = upn.ToLowerInvariant();
            return new ProgressPerson(key, request.Roster.Find(key)?.Name ?? key);
        }

        private Tracked Track(ConversationFacts read, ConversationPlan? designed, IReadOnlyList<Step> steps)
        {
            // The holder can edit the conversation item's deadline; the design's window decides while the design has it.
            var facts = read with { Deadline = designed?.Window.Latest ?? read.Deadline };
            var step = designed?.Conversation.Step ?? StepOfKey(facts.Key);
            var role = designed?.Conversation.PartnerRole;
            var unit = designed?.Conversation.Campus
                ?? request.Roster.Find(facts.PartnerUpn)?.Roles.FirstOrDefault(r => r.Role == role && r.Campus is not null)?.Campus;
            var late = new LateConversation(facts.Key, step, Person(facts.HolderUpn), Person(facts.PartnerUpn), role);
            return new Tracked(facts, step, unit, late, new ConversationTrack(facts, steps, calendar));
        }

        /// <summary>The step in a conversation key (<c>{term}/{step}/{partner}</c>), for a conversation the plan no longer has.</summary>
        private static StepId StepOfKey(string key) =>
            key.Split('/') is [_, var step, ..] && StepId.TryParse(step, out var id)
                ? id
                : throw new InvalidOperationException($"The register names a conversation '{key}' whose key has no step; only the product writes the register, so reconcile the round.");
    }

    /// <summary>A conversation with what the report needs of it.</summary>
    private sealed record Tracked(ConversationFacts Facts, StepId Step, string? Unit, LateConversation Late, ConversationTrack Track);
}
