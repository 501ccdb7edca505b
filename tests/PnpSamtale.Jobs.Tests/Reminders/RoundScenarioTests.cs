using System.Text.RegularExpressions;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.LocalTenant.Graph;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Tests.Reminders;

/// <summary>
/// H2026 simulated day by day on the local tenant: the job runs every morning at 07:00 (twice), people act in the
/// lists in the afternoon. Three conversations of NL-AU Sofie: with Jonas (on time), with Emma (English; never
/// confirms her form) and with Lars (the holder is late with everything). L-OU Kari owns the process steps and is the
/// escalation role.
/// </summary>
public sealed partial class RoundScenarioTests
{
    internal const string Roster = """
        organisation: StInn
        people:
          - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Jonas Hagen, upn: jonas@stinn.example, roles: [{ role: L-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Emma Solberg, upn: emma@stinn.example, language: en, roles: [{ role: AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Lars Moen, upn: lars@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
        """;

    private const string Kari = "kari@stinn.example";
    private const string Sofie = "sofie@stinn.example";
    private const string Emma = "emma@stinn.example";
    private const string Lars = "lars@stinn.example";

    private static readonly string[] Partners = ["Jonas", "Emma", "Lars"];

    [Fact]
    public async Task WholeRound_DayByDay_SendsExactlyTheExpectedDigestsAndRerunsSendNothing()
    {
        await using var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));
        var jonas = Key("3.1", "jonas@stinn.example");
        var emma = Key("3.2", Emma);
        var lars = Key("3.2", Lars);
        var steps = fixture.Blueprint.Round.List(ListRole.Steps).Title;
        var conversations = fixture.Blueprint.Round.List(ListRole.Conversations).Title;
        var forms = fixture.Blueprint.Round.List(ListRole.Forms).Title;
        Task Step(string id) => fixture.UpdateAsAsync(Kari, steps, Fields.StepNumber, id, FormValue.Text(Fields.StepStatus, "Utført"));
        Task Schedule(string key, DateOnly day) => fixture.UpdateAsAsync(Sofie, conversations, Fields.ConversationKey, key, FormValue.DateTime(Fields.Scheduled, day.ToDateTime(new TimeOnly(10, 0))));
        Task Hold(string key, DateOnly day) => fixture.UpdateAsAsync(Sofie, conversations, Fields.ConversationKey, key, FormValue.Date(Fields.Held, day));
        Task Form(string who, string key, params FormValue[] values) => fixture.UpdateAsAsync(who, forms, Fields.FileName, RoundDesigner.FormFileName(key), values);
        var sent = FormValue.Text(Fields.FormStatus, "Sendt til partner");
        var confirmed = FormValue.Boolean(Fields.Confirmed, true);
        var archived = FormValue.Text(Fields.FormStatus, "Arkivert");

        // What people do, in the afternoon of each day.
        var actions = new Dictionary<DateOnly, Func<Task>>
        {
            [D(10, 26)] = () => Step("1.1"),
            [D(11, 9)] = async () => { await Step("1.2"); await Step("1.3"); },
            [D(11, 12)] = async () => { await Schedule(jonas, D(11, 16)); await Schedule(emma, D(11, 18)); },
            [D(11, 16)] = async () =>
            {
                await Hold(jonas, D(11, 16));
                await fixture.AddMeasureAsync(Sofie, jonas, "Oppfølging av kurs", D(12, 23));
            },
            [D(11, 17)] = async () => { await Form(Sofie, jonas, sent); await Form("jonas@stinn.example", jonas, confirmed); },
            [D(11, 18)] = async () => { await Form(Sofie, jonas, archived); await Hold(emma, D(11, 18)); },
            [D(11, 19)] = () => Form(Sofie, emma, sent),
            [D(12, 2)] = async () => { await Schedule(lars, D(12, 2)); await Hold(lars, D(12, 2)); },
            [D(12, 4)] = () => Form(Sofie, lars, sent),
            [D(12, 7)] = () => Form(Lars, lars, confirmed),
            [D(12, 8)] = () => Form(Sofie, lars, archived),
        };

        var job = fixture.Get<DeadlineReminders>();
        for (var day = D(10, 19); day <= D(12, 31); day = day.AddDays(1))
        {
            var before = fixture.Tenant.GetOutbox().Count;
            var first = await job.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(day, 7), JobsFixture.SiteOwner), null, CancellationToken.None);
            Assert.Empty(first.Failures);
            Assert.Equal(fixture.Tenant.GetOutbox().Count - before, first.Digests.Count);
            var again = await job.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(day, 7), JobsFixture.SiteOwner), null, CancellationToken.None);
            Assert.Empty(again.Digests);
            Assert.Equal(before + first.Digests.Count, fixture.Tenant.GetOutbox().Count);
            if (actions.TryGetValue(day, out var act))
            {
                fixture.Clock.At(day, 14);
                await act();

                // The quarter-hourly reconcile takes the day's changes into the register the reminders read.
                fixture.Clock.At(day, 15);
                await fixture.ReconcileAsync();
            }
        }

        string[] expected =
        [
            $"2026-10-22 {Kari}: 1.1 upcoming",
            $"2026-10-26 {Kari}: 1.1 dueToday",
            $"2026-11-05 {Kari}: 1.2 upcoming",
            $"2026-11-09 {Kari}: 1.2 dueToday",
            $"2026-11-12 {Sofie}: 2.1 upcoming Emma | 2.1 upcoming Jonas | 2.1 upcoming Lars",
            $"2026-11-16 {Sofie}: 2.1 dueToday Lars",
            $"2026-11-17 {Sofie}: 2.1 overdue Lars | 2.4 dueToday Jonas",
            $"2026-11-18 {Sofie}: 2.6 dueToday Jonas",
            $"2026-11-19 {Kari}: 2.1 escalation Lars",
            $"2026-11-19 {Sofie}: 2.2 upcoming Lars | 2.4 dueToday Emma",
            $"2026-11-20 {Emma}: 2.5 dueToday Emma",
            $"2026-11-23 {Emma}: 2.5 chase Emma",
            $"2026-11-23 {Sofie}: 2.2 dueToday Lars | 2.5 chaseCopy Emma",
            $"2026-11-24 {Sofie}: 2.2 overdue Lars",
            $"2026-11-25 {Kari}: 2.5 escalation Emma",
            $"2026-11-26 {Kari}: 2.2 escalation Lars",
            $"2026-12-03 {Sofie}: 2.4 dueToday Lars",
            $"2026-12-04 {Sofie}: 2.4 overdue Lars",
            $"2026-12-07 {Lars}: 2.5 dueToday Lars",
            $"2026-12-08 {Sofie}: 2.6 dueToday Lars",
            $"2026-12-21 {Sofie}: 2.7 upcoming Jonas",
            $"2026-12-23 {Sofie}: 2.7 dueToday Jonas",
            $"2026-12-24 {Sofie}: 2.7 overdue Jonas",
            $"2026-12-29 {Kari}: 2.7 escalation Jonas",
        ];
        var actual = fixture.Tenant.GetOutbox().Select(Digest).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public async Task Digest_InTheRecipientsLanguage_CarriesLinksButNoFormContent()
    {
        await using var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));
        var forms = fixture.Blueprint.Round.List(ListRole.Forms).Title;
        var conversations = fixture.Blueprint.Round.List(ListRole.Conversations).Title;
        var emma = Key("3.2", Emma);
        fixture.Clock.At(D(11, 18), 14);
        await fixture.UpdateAsAsync(Sofie, conversations, Fields.ConversationKey, emma, FormValue.Date(Fields.Held, D(11, 18)));
        fixture.Clock.At(D(11, 19), 14);
        await fixture.UpdateAsAsync(Sofie, forms, Fields.FileName, RoundDesigner.FormFileName(emma), FormValue.Text(Fields.FormStatus, "Sendt til partner"));
        await fixture.ReconcileAsync();

        await fixture.Get<DeadlineReminders>().RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(D(11, 20), 7), JobsFixture.SiteOwner), null, CancellationToken.None);

        var mail = Assert.Single(fixture.Tenant.GetOutbox(), m => m.To.Contains(Emma));
        Assert.StartsWith("Appraisal conversations: 1 deadline to follow up", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Hi Emma Solberg,", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Due today", mail.Body, StringComparison.Ordinal);
        Assert.Contains("To do: Read the form, choose its classification", mail.Body, StringComparison.Ordinal);
        var link = Assert.Single(LinkPattern().Matches(mail.Body));
        Assert.Contains("/_layouts/15/listform.aspx?PageType=6", link.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Arbeidsmiljø", mail.Body, StringComparison.OrdinalIgnoreCase);
        var sofie = Assert.Single(fixture.Tenant.GetOutbox(), m => m.To.Contains(Sofie));
        Assert.StartsWith("Medarbeidersamtaler:", sofie.Subject, StringComparison.Ordinal);
        Assert.Contains("Hei Sofie Bakken,", sofie.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weekend_AndHoliday_ReadNothingAndSendNothing()
    {
        await using var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));
        var job = fixture.Get<DeadlineReminders>();
        foreach (var day in new[] { D(11, 22), D(12, 25), D(12, 26) })
        {
            fixture.Tenant.ResetRequestCounts();
            var run = await job.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(day, 7), JobsFixture.SiteOwner), null, CancellationToken.None);
            Assert.False(run.IsBusinessDay);
            Assert.Equal(0, fixture.Tenant.GetRequestCounts().Total);
        }
    }

    [Fact]
    public async Task DryRun_ReportsTheDigestsButSendsAndRecordsNothing()
    {
        await using var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));
        var job = fixture.Get<DeadlineReminders>();
        fixture.Tenant.ResetRequestCounts();
        var dry = await job.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(D(11, 17), 7), JobsFixture.SiteOwner) { DryRun = true }, null, CancellationToken.None);
        Assert.NotEmpty(dry.Digests);
        Assert.Empty(fixture.Tenant.GetOutbox());
        Assert.Equal(0, fixture.Tenant.GetRequestCounts().Writes);

        var real = await job.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(D(11, 17), 7), JobsFixture.SiteOwner), null, CancellationToken.None);
        Assert.Equal(dry.Digests.Select(d => (d.Recipient.Upn, d.Notices.Count)), real.Digests.Select(d => (d.Recipient.Upn, d.Notices.Count)));
    }

    internal static string Key(string step, string partner) => $"H2026/{step}/{partner}";

    private static DateOnly D(int month, int day) => new(2026, month, day);

    /// <summary>"date recipient: step section partner | …" from a mail in the outbox.</summary>
    private static string Digest(SentMail mail)
    {
        var sections = MailTemplates.Default.Nb.Sections.Concat(MailTemplates.Default.En.Sections).ToDictionary(s => s.Value, s => s.Key, StringComparer.Ordinal);
        var items = new List<string>();
        var section = "?";
        foreach (var line in mail.Body.Split('\n'))
        {
            if (sections.TryGetValue(line.Trim(), out var key))
            {
                section = key;
            }
            else if (ItemPattern().Match(line) is { Success: true } item)
            {
                var who = Partners.FirstOrDefault(n => line.Contains(n, StringComparison.Ordinal));
                items.Add($"{item.Groups["step"].Value} {section}{(who is null ? string.Empty : " " + who)}");
            }
        }

        return $"{OsloTime.Day(mail.SentAt):yyyy-MM-dd} {string.Join(",", mail.To)}: {string.Join(" | ", items.Order(StringComparer.Ordinal))}";
    }

    [GeneratedRegex(@"^- H2026 (?<step>\d+\.\d+) ")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
