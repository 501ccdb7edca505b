using System.Globalization;
using System.Text;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>A person who gets a digest.</summary>
/// <param name="Upn">Their address (lower case).</param>
/// <param name="Name">Their name.</param>
/// <param name="Language">The language of their mail.</param>
public sealed record Recipient(string Upn, string Name, Language Language);

/// <summary>One person's mail of the day: every notice they have not had yet, in sections.</summary>
/// <param name="Recipient">Who.</param>
/// <param name="Day">The Oslo day.</param>
/// <param name="Notices">What, in section order.</param>
/// <param name="Subject">The rendered subject.</param>
/// <param name="Body">The rendered plain-text body.</param>
public sealed record Digest(Recipient Recipient, DateOnly Day, IReadOnlyList<ReminderNotice> Notices, string Subject, string Body);

/// <summary>Puts a day's notices into one digest per person and renders them (pure).</summary>
public static class DigestComposer
{
    /// <summary>One digest per recipient, in recipient order.</summary>
    public static IReadOnlyList<Digest> Compose(IEnumerable<ReminderNotice> notices, Func<string, Recipient> recipient, DateOnly day, MailTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(templates);
        return notices
            .GroupBy(n => n.RecipientUpn, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Render(recipient(g.Key), day, Order(g), templates))
            .ToList();
    }

    /// <summary>One recipient's digest of <paramref name="day"/> with <paramref name="notices"/>, rendered.</summary>
    public static Digest For(Recipient recipient, DateOnly day, IEnumerable<ReminderNotice> notices, MailTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(templates);
        return Render(recipient, day, Order(notices), templates);
    }

    /// <summary>The section a notice is listed under (a key of <see cref="MailTexts.Sections"/>).</summary>
    public static string Section(ReminderNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Kind switch
        {
            NoticeKind.Escalation => "escalation",
            NoticeKind.Chase => "chase",
            NoticeKind.ChaseCopy => "chaseCopy",
            _ => notice.State switch
            {
                DueState.Overdue => "overdue",
                DueState.DueToday => "dueToday",
                _ => "upcoming",
            },
        };
    }

    private static List<ReminderNotice> Order(IEnumerable<ReminderNotice> notices) =>
        [.. notices
            .OrderBy(n => MailTemplates.SectionKeys.ToList().IndexOf(Section(n)))
            .ThenBy(n => n.Deadline)
            .ThenBy(n => n.Round, StringComparer.Ordinal)
            .ThenBy(n => n.Step)
            .ThenBy(n => n.About, StringComparer.Ordinal)
            .ThenBy(n => n.Key, StringComparer.Ordinal)];

    private static Digest Render(Recipient recipient, DateOnly day, List<ReminderNotice> notices, MailTemplates templates)
    {
        var english = recipient.Language == Language.English;
        var texts = english ? templates.En : templates.Nb;
        string Date(DateOnly d) => english ? EnglishDates.ShortDateWithYear(d) : NorwegianDates.ShortDateWithYear(d);
        var body = new StringBuilder();
        body.Append(Fill(texts.Greeting, ("name", recipient.Name))).Append("\n\n");
        body.Append(texts.Intro).Append('\n');
        foreach (var section in notices.GroupBy(Section))
        {
            body.Append('\n').Append(texts.Sections[section.Key]).Append('\n');
            foreach (var notice in section)
            {
                body.Append(Fill(texts.Item,
                    ("round", notice.Round),
                    ("step", notice.Step.ToString()),
                    ("activity", english && !string.IsNullOrWhiteSpace(notice.ActivityEn) ? notice.ActivityEn : notice.Activity),
                    ("about", notice.About is null ? string.Empty : Fill(texts.About, ("about", notice.About))),
                    ("deadline", Date(notice.Deadline)),
                    ("late", notice.DaysOverdue > 0
                        ? Fill(texts.Late, ("businessDays", (english ? EnglishNouns.BusinessDay : NorwegianNouns.BusinessDay).Count(notice.DaysOverdue)), ("days", notice.DaysOverdue.ToString(CultureInfo.InvariantCulture)))
                        : string.Empty)))
                    .Append('\n');
                if (texts.Actions.GetValueOrDefault(ActionKey(notice)) is { Length: > 0 } action)
                {
                    body.Append(Fill(texts.Action, ("action", action))).Append('\n');
                }

                body.Append(Fill(texts.Link, ("link", notice.Link.AbsoluteUri))).Append('\n');
            }
        }

        body.Append('\n').Append(texts.Footer).Append('\n');
        var subject = Fill(texts.Subject,
            ("deadlines", (english ? EnglishNouns.Deadline : NorwegianNouns.Deadline).Count(notices.Count)),
            ("count", notices.Count.ToString(CultureInfo.InvariantCulture)),
            ("date", Date(day)));
        return new Digest(recipient, day, notices, subject, body.ToString());
    }

    /// <summary>The key of <see cref="MailTexts.Actions"/> for a notice: the recipient of a chase copy acts as the holder does not — he waits.</summary>
    private static string ActionKey(ReminderNotice notice) => notice.Kind switch
    {
        NoticeKind.ChaseCopy => "chaseCopy",
        NoticeKind.Escalation => "escalation",
        _ => notice.Evidence switch
        {
            Core.Routines.StepEvidence.Scheduled => "scheduled",
            Core.Routines.StepEvidence.Held => "held",
            Core.Routines.StepEvidence.FormSent => "formSent",
            Core.Routines.StepEvidence.FormConfirmed => "formConfirmed",
            Core.Routines.StepEvidence.FormArchived => "formArchived",
            Core.Routines.StepEvidence.Measures => "measures",
            _ => "none",
        },
    };

    private static string Fill(string text, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
