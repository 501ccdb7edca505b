using System.Text;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Progress;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Text;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>
/// Writes the kick-off mail of each conversation holder: their conversations in step order, each with its window, the
/// last day to send the invitation (the routine's per-conversation step done once a time is agreed, StInn's 2.1) and
/// the link to the conversation, plus what counts as done and a calendar file per conversation. Pure.
/// </summary>
public static class KickoffComposer
{
    /// <summary>One mail per holder, in name order.</summary>
    public static IReadOnlyList<KickoffMail> Compose(KickoffInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var routine = input.Facts.Routine;
        var steps = ConversationTrack.StepsOf(routine);
        var invite = steps.FirstOrDefault(s => s.DoneWhen == StepEvidence.Scheduled);
        var calendar = new BusinessCalendar(routine.Calendar);
        var designed = input.Plan.Conversations.ToDictionary(c => c.Conversation.Key, StringComparer.Ordinal);
        return [.. input.Facts.Conversations
            .GroupBy(c => c.HolderUpn.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => Mail(input, input.Holder(g.Key), [.. g.Select(c => Line(c, designed.GetValueOrDefault(c.Key), invite, steps, calendar))]))
            .OrderBy(m => m.Holder.Name, StringComparer.Ordinal)];
    }

    /// <summary>The idempotency key of a holder's kick-off mail in a round.</summary>
    public static string KeyOf(string round, string holderUpn)
    {
        ArgumentNullException.ThrowIfNull(holderUpn);
        return $"{round}/oppstart/{holderUpn.Trim().ToLowerInvariant()}";
    }

    private static ConversationLine Line(ConversationFacts facts, ConversationPlan? plan, Step? invite, IReadOnlyList<Step> steps, BusinessCalendar calendar)
    {
        var step = plan?.Conversation.Step ?? StepId.Parse(facts.Key.Split('/')[1]);
        var deadline = invite is null ? null : new ConversationTrack(facts, steps, calendar).Deadline(invite);
        return new ConversationLine(facts, plan, step, plan?.Window.Earliest, facts.Deadline ?? plan?.Window.Latest, deadline);
    }

    private static KickoffMail Mail(KickoffInput input, KickoffHolder holder, List<ConversationLine> lines)
    {
        var texts = input.Templates.For(holder.Language);
        var round = input.Facts.Round;
        string Date(DateOnly? day) => day is not { } d ? "–" : holder.Language == Language.English ? EnglishDates.ShortDateWithYear(d) : NorwegianDates.ShortDateWithYear(d);
        var body = new StringBuilder();
        body.Append(Fill(texts.Greeting, ("name", holder.Name))).Append("\n\n");
        body.Append(Fill(texts.Intro, ("round", round), ("routine", input.Facts.Routine.Title))).Append("\n\n");
        var files = new List<MailAttachment>();
        foreach (var line in lines.OrderBy(l => l.Step).ThenBy(l => Partner(l), StringComparer.Ordinal))
        {
            var values = new (string, string)[]
            {
                ("partner", Partner(line)), ("step", line.Step.ToString()), ("earliest", Date(line.Earliest)), ("latest", Date(line.Latest)),
                ("link", line.Facts.Link.AbsoluteUri),
            };
            var inviteText = line.InviteBy is { } by ? Fill(texts.Invite, ("date", Date(by))) : string.Empty;
            body.Append(Fill(texts.Item, [.. values, ("invite", inviteText)])).Append('\n');
            body.Append(Fill(texts.Link, values)).Append('\n');
            if (line.InviteBy is { } day)
            {
                var prefix = holder.Language == Language.English ? "invitation" : "innkalling";
                files.Add(InvitationDeadline.File(
                    InvitationDeadline.FileName(prefix, line.Step.ToString(), line.Facts.PartnerUpn), line.Facts.Key, day,
                    Fill(texts.EventSummary, values), Fill(texts.EventDescription, values), line.Facts.Link, input.Stamp));
            }
        }

        body.Append('\n').Append(texts.Done).Append('\n');
        if (files.Count > 0)
        {
            body.Append(texts.Calendar).Append('\n');
        }

        body.Append('\n').Append(texts.Footer).Append('\n');
        return new KickoffMail(holder, KeyOf(round, holder.Upn), Fill(texts.Subject, ("round", round)), body.ToString(), lines.Count, files);
    }

    /// <summary>The partner's name with their role and campus, e.g. "Ella Larsen (NL-SRU, Trondheim)".</summary>
    private static string Partner(ConversationLine line)
    {
        if (line.Plan is not { } plan)
        {
            return line.Facts.PartnerUpn;
        }

        var about = string.Join(", ", new[] { plan.Conversation.PartnerRole, plan.Conversation.Campus }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return about.Length == 0 ? plan.Conversation.Partner.Name : $"{plan.Conversation.Partner.Name} ({about})";
    }

    private static string Fill(string template, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = template;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    private sealed record ConversationLine(ConversationFacts Facts, ConversationPlan? Plan, StepId Step, DateOnly? Earliest, DateOnly? Latest, DateOnly? InviteBy);
}
