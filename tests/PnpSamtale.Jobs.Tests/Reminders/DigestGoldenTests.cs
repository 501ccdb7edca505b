using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Jobs.Tests.Reminders;

/// <summary>
/// The digest as a person reads it, in bokmål and English, with one notice of every kind and state and every way a
/// step is shown done: each says what to do and what counts as done, links to its item, and counts in whole words.
/// The golden files are the review copy (<c>SAMTALE_UPDATE_GOLDEN=1</c> writes them).
/// </summary>
public sealed class DigestGoldenTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);

    [Theory]
    [InlineData(Language.Norwegian, "digest-nb.golden.txt")]
    [InlineData(Language.English, "digest-en.golden.txt")]
    public void A_digest_says_for_every_item_what_to_do_and_links_to_it(Language language, string golden)
    {
        var recipient = new Recipient("sofie.bakken@stinn.example", "Sofie Bakken", language);

        var digest = DigestComposer.For(recipient, Day, Notices(), MailTemplates.Default);

        var actual = "Subject: " + digest.Subject + "\n\n" + digest.Body;
        var path = Path.Combine(RepositoryRoot.Path, "tests/PnpSamtale.Jobs.Tests/Reminders", golden);
        if (Environment.GetEnvironmentVariable("SAMTALE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
        Assert.All(digest.Notices, n => Assert.Contains(n.Link.AbsoluteUri, digest.Body, StringComparison.Ordinal));
        Assert.DoesNotContain("(er)", digest.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", digest.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void One_overdue_day_is_one_business_day_in_words()
    {
        var notice = Notices().Single(n => n.Step == StepId.Parse("2.6"));
        var nb = DigestComposer.For(new Recipient("a@stinn.example", "A", Language.Norwegian), Day, [notice], MailTemplates.Default);
        var en = DigestComposer.For(new Recipient("a@stinn.example", "A", Language.English), Day, [notice], MailTemplates.Default);

        Assert.Contains("(1 virkedag på overtid)", nb.Body, StringComparison.Ordinal);
        Assert.Contains("(1 business day overdue)", en.Body, StringComparison.Ordinal);
        Assert.StartsWith("Medarbeidersamtaler: 1 frist ", nb.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Appraisal conversations: 1 deadline ", en.Subject, StringComparison.Ordinal);
    }

    private static List<ReminderNotice> Notices()
    {
        var site = "https://stinn.sharepoint.com/sites/medarbeidersamtaler-h2026";
        ReminderNotice Notice(string step, NoticeKind kind, DueState state, StepEvidence evidence, string activity, string? activityEn, string? about, int late, string link) =>
            new($"H2026/{step}/{kind}/{state}", "H2026", "sofie.bakken@stinn.example", kind, state, StepId.Parse(step), activity, about,
                late > 0 ? Day.AddDays(-late) : state == DueState.DueToday ? Day : Day.AddDays(3), late, new Uri(site + link))
            {
                Evidence = evidence,
                ActivityEn = activityEn,
            };

        return
        [
            Notice("1.3", NoticeKind.Reminder, DueState.Upcoming, StepEvidence.None, "Kalle inn til samtaler", "Invite to the conversations", null, 0, "/Lists/Aktiviteter/DispForm.aspx?ID=3"),
            Notice("2.1", NoticeKind.Reminder, DueState.DueToday, StepEvidence.Scheduled, "Innkalling til samtale", "Invitation to the conversation", "2.1 Sofie Bakken – Lars Moen", 0, "/Lists/Samtaler/DispForm.aspx?ID=7"),
            Notice("2.2", NoticeKind.Reminder, DueState.Overdue, StepEvidence.Held, "Gjennomføre samtalen", null, "2.2 Sofie Bakken – Lars Moen", 3, "/Lists/Samtaler/DispForm.aspx?ID=7"),
            Notice("2.4", NoticeKind.Reminder, DueState.Overdue, StepEvidence.FormSent, "Sende skjemaet til partner", "Send the form to the partner", "2.4 Sofie Bakken – Emma Berg", 2, "/Samtaleskjema/Forms/DispForm.aspx?ID=12"),
            Notice("2.5", NoticeKind.Chase, DueState.Overdue, StepEvidence.FormConfirmed, "Bekrefte skjemaet", "Confirm the form", "2.5 Sofie Bakken – Emma Berg", 2, "/Samtaleskjema/Forms/DispForm.aspx?ID=12"),
            Notice("2.5", NoticeKind.ChaseCopy, DueState.Overdue, StepEvidence.FormConfirmed, "Bekrefte skjemaet", "Confirm the form", "2.5 Sofie Bakken – Jonas Hagen", 2, "/Samtaleskjema/Forms/DispForm.aspx?ID=14"),
            Notice("2.6", NoticeKind.Reminder, DueState.Overdue, StepEvidence.FormArchived, "Arkivere skjemaet", "Archive the form", "2.6 Sofie Bakken – Emma Berg", 1, "/Samtaleskjema/Forms/DispForm.aspx?ID=12"),
            Notice("2.7", NoticeKind.Reminder, DueState.Upcoming, StepEvidence.Measures, "Følge opp tiltak", "Follow up the measures", "2.7 Sofie Bakken – Lars Moen", 0, "/Lists/Tiltak/DispForm.aspx?ID=21"),
            Notice("2.2", NoticeKind.Escalation, DueState.Overdue, StepEvidence.Held, "Gjennomføre samtalen", "Hold the conversation", "2.2 Ella Nilsen – Mia Solberg", 12, "/Lists/Samtaler/DispForm.aspx?ID=9"),
        ];
    }
}
