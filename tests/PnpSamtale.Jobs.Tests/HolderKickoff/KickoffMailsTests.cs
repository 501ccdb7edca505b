using System.Text;
using Ical.Net.CalendarComponents;
using PnpSamtale.Jobs.HolderKickoff;
using PnpSamtale.Jobs.Tests.Reminders;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.Tests.HolderKickoff;

/// <summary>
/// The kick-off mail on the local tenant: the H2026 round (1.2 on 9 November) where Sofie Bakken holds 3.1 with Jonas
/// Hagen and 3.2 with Emma Solberg and Lars Moen, each to be held 10–23 November and so invited by 16 November.
/// </summary>
public sealed class KickoffMailsTests
{
    private const string Sofie = "sofie@stinn.example";

    [Fact]
    public async Task Run_SendsEachHolderTheirConversationsWithWindowsAndACalendarFilePerConversation_Once()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));

        var run = await RunAsync(fixture);

        Assert.Equal(KickoffOutcome.Sent, Assert.Single(run.Deliveries).Outcome);
        var mail = Assert.Single(fixture.Tenant.GetOutbox());
        Assert.Equal([Sofie], mail.To);
        Assert.Equal("Medarbeidersamtaler H2026: samtalene du er samtaleansvarlig for", mail.Subject);
        Assert.StartsWith("Hei Sofie Bakken,\n\nRunde H2026 av «Rutine for medarbeidersamtaler og tillitsvalgtutvikling» er i gang.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("- Jonas Hagen (L-AU), steg 3.1: holdes tir. 10. nov. 2026–man. 23. nov. 2026; send innkallingen senest man. 16. nov. 2026\n  http", mail.Body, StringComparison.Ordinal);
        Assert.Contains("- Emma Solberg (AU), steg 3.2: holdes", mail.Body, StringComparison.Ordinal);
        Assert.True(mail.Body.IndexOf("steg 3.1", StringComparison.Ordinal) < mail.Body.IndexOf("steg 3.2", StringComparison.Ordinal));
        Assert.Contains("Innkallingen regnes som sendt når «Avtalt tidspunkt» er fylt inn på samtalen", mail.Body, StringComparison.Ordinal);
        Assert.Equal(["innkalling-3.1-jonas.ics", "innkalling-3.2-emma.ics", "innkalling-3.2-lars.ics"], mail.Attachments.Select(a => a.Name));

        // Emma's file: an all-day event on the last day to invite her, that a re-import moves rather than repeats.
        var file = mail.Attachments.Single(a => a.Name == "innkalling-3.2-emma.ics");
        Assert.StartsWith("text/calendar", file.ContentType, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(file.Content))!;
        var deadline = Assert.Single(calendar.Events);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal(new DateOnly(2026, 11, 16), DateOnly.FromDateTime(deadline.DtStart!.Value));
        Assert.False(deadline.DtStart.HasTime);
        Assert.Equal("h2026/3.2/emma@stinn.example/innkalling@pnpsamtale", deadline.Uid);
        Assert.Equal("Send innkalling til medarbeidersamtale med Emma Solberg (AU)", deadline.Summary);
        Assert.StartsWith(fixture.RoundSite.AbsoluteUri, deadline.Url!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains(deadline.Url.AbsoluteUri, mail.Body, StringComparison.Ordinal);

        // Run again: found in Sent Items, nothing more goes.
        var again = await RunAsync(fixture);
        Assert.Equal(KickoffOutcome.SentBefore, Assert.Single(again.Deliveries).Outcome);
        Assert.Single(fixture.Tenant.GetOutbox());
    }

    [Fact]
    public async Task Run_EnglishHolder_GetsTheMailAndTheFilesInEnglish()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster.Replace("{ name: Sofie Bakken, upn: sofie@stinn.example,", "{ name: Sofie Bakken, upn: sofie@stinn.example, language: en,", StringComparison.Ordinal), new DateOnly(2026, 10, 15));

        await RunAsync(fixture);

        var mail = Assert.Single(fixture.Tenant.GetOutbox());
        Assert.Equal("Appraisal conversations H2026: the conversations you hold", mail.Subject);
        Assert.Contains("- Jonas Hagen (L-AU), step 3.1: held Tue 10 Nov 2026–Mon 23 Nov 2026; send the invitation by Mon 16 Nov 2026", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("samtaleansvarlig", mail.Body, StringComparison.Ordinal);
        Assert.Equal("invitation-3.1-jonas.ics", mail.Attachments[0].Name);
        Assert.StartsWith("Send the invitation to the appraisal conversation with Jonas Hagen", Ical.Net.Calendar.Load(Encoding.UTF8.GetString(mail.Attachments[0].Content))!.Events.Single().Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DraftLeftByARunThatStopped_IsSentItself_NotASecondMail()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));
        var mailbox = fixture.Get<MailboxClient>();
        var key = MailKey.For(KickoffComposer.KeyOf("H2026", Sofie));
        await mailbox.CreateDraftAsync(new KeyedMail(new OutgoingMail(JobsFixture.SiteOwner, new MailMessage("Utkast fra forrige kjøring", MailContentType.Text, "…", [new MailRecipient(Sofie)])), key), CancellationToken.None);

        var run = await RunAsync(fixture);

        Assert.Equal(KickoffOutcome.Sent, Assert.Single(run.Deliveries).Outcome);
        Assert.Equal("Utkast fra forrige kjøring", Assert.Single(fixture.Tenant.GetOutbox()).Subject);
        Assert.Empty(await mailbox.FindAsync(new MailLookup(JobsFixture.SiteOwner, key), MailFolderName.Drafts, CancellationToken.None));
    }

    [Fact]
    public async Task Run_DryRun_ComposesButCreatesAndSendsNothing()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));

        var run = await RunAsync(fixture, dryRun: true);

        var delivery = Assert.Single(run.Deliveries);
        Assert.Equal((KickoffOutcome.WouldSend, 3, 3), (delivery.Outcome, delivery.Mail.Conversations, delivery.Mail.Files.Count));
        Assert.Empty(fixture.Tenant.GetOutbox());
        Assert.Empty(await fixture.Get<MailboxClient>().FindAsync(new MailLookup(JobsFixture.SiteOwner, MailKey.For(delivery.Mail.Key)), MailFolderName.Drafts, CancellationToken.None));
    }

    [Fact]
    public async Task Run_UnknownRound_SaysSo()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<KickoffMails>().RunAsync(
            new KickoffMailRequest(fixture.Scope, "V2031", fixture.Clock.Now, JobsFixture.SiteOwner), null, CancellationToken.None));

        Assert.Contains("no round V2031", error.Message, StringComparison.Ordinal);
    }

    private static Task<KickoffMailRun> RunAsync(JobsFixture fixture, bool dryRun = false) =>
        fixture.Get<KickoffMails>().RunAsync(new KickoffMailRequest(fixture.Scope, "H2026", fixture.Clock.At(new DateOnly(2026, 10, 26), 9), JobsFixture.SiteOwner) { DryRun = dryRun }, null, CancellationToken.None);
}
