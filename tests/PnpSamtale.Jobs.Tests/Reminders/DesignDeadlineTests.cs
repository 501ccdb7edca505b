using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Tests.Reminders;

/// <summary>
/// Reminder deadlines are the design's (routine, term, the OU's set dates, the roster in <c>Verv</c>): the <c>Frist</c>
/// columns of the round site are copies that holders and step owners can edit, and an edit there silences nothing.
/// </summary>
public sealed class DesignDeadlineTests
{
    private const string Kari = "kari@stinn.example";
    private const string Sofie = "sofie@stinn.example";

    [Fact]
    public async Task HolderMovesFristInTheRoundSite_BeforeTheReconcile_TheInvitationsAreStillDueOnTheDesignsDay()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));
        var conversations = fixture.Blueprint.Round.List(ListRole.Conversations).Title;
        var steps = fixture.Blueprint.Round.List(ListRole.Steps).Title;

        // The afternoon before: the holder pushes her conversations' deadlines to the new year, the OU the planning meeting.
        fixture.Clock.At(new DateOnly(2026, 11, 13), 14);
        foreach (var partner in new[] { "jonas@stinn.example", "emma@stinn.example", "lars@stinn.example" })
        {
            await fixture.UpdateAsAsync(Sofie, conversations, Fields.ConversationKey, RoundScenarioTests.Key(partner == "jonas@stinn.example" ? "3.1" : "3.2", partner),
                FormValue.Date(Fields.Deadline, new DateOnly(2027, 1, 29)));
        }

        await fixture.UpdateAsAsync(Kari, steps, Fields.StepNumber, "1.2", FormValue.Date(Fields.Deadline, new DateOnly(2027, 1, 29)));

        var run = await fixture.Get<DeadlineReminders>().RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 11, 16), 7), JobsFixture.SiteOwner), null, CancellationToken.None);

        Assert.Empty(run.Failures);
        var sofie = Assert.Single(fixture.Tenant.GetOutbox(), m => m.To.Contains(Sofie));
        Assert.Equal(["2.1 dueToday Emma", "2.1 dueToday Jonas", "2.1 dueToday Lars"], OutboxDigests.Lines(sofie));
    }
}
