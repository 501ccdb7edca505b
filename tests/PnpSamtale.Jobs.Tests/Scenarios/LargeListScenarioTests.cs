using System.Globalization;
using System.Text;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Jobs.Rounds;
using PnpSamtale.Provisioning.Blueprints;

namespace PnpSamtale.Jobs.Tests.Scenarios;

/// <summary>
/// A round of 6,000 conversations — a forms library, a measures list and a conversations list of 6,000 items each, past
/// SharePoint's list view threshold of 5,000 — on a local tenant that refuses every query SharePoint Online would
/// refuse there. Reconcile (whole and since the last run), two days of reminders (the second reads a notices list of
/// more than 5,000) and shredding complete without a threshold error, and the receipt counts only what a read proved gone.
/// </summary>
public sealed class LargeListScenarioTests
{
    private const int Members = 6000;

    // Sofie's conversations with the L-SRU and the NL-SRU.
    private const int Conversations = Members + 2;

    [Fact]
    public async Task SixThousandForms_ReconcileRemindAndShred_WithinTheListViewThreshold()
    {
        await using var fixture = await JobsFixture.StartAsync(Roster(), new DateOnly(2026, 10, 15));
        var forms = await fixture.ItemsAsync(fixture.RoundSite, fixture.Blueprint.Round.List(ListRole.Forms).Title, Fields.FileName);
        Assert.Equal(Conversations, forms.Count);

        // Reconcile: nothing to do right after the start; after one form is archived, that form's changes only —
        // every list read in pages and id windows, none of them refused.
        var reconciler = fixture.Get<Reconciler>();
        fixture.Clock.Now = fixture.Clock.Now.AddMinutes(1);
        var first = Assert.Single(await reconciler.ReconcileAsync(fixture.Scope, "H2026", null, CancellationToken.None));
        Assert.Empty(first.Failures);
        Assert.Equal(0, first.Operations);
        fixture.Clock.Now = fixture.Clock.Now.AddMinutes(5);
        var archived = await fixture.Get<SharePoint.Items.ItemClient>().UpdateItemAsync(fixture.RoundSite, await fixture.ListIdAsync(fixture.Blueprint.Round.List(ListRole.Forms).Title), forms[4321].Id,
            [SharePoint.Items.FormValue.Text(Fields.FormStatus, "Arkivert")], CancellationToken.None);
        Assert.True(archived.Succeeded);
        var second = Assert.Single(await reconciler.ReconcileAsync(fixture.Scope, "H2026", null, CancellationToken.None));
        Assert.Empty(second.Failures);
        Assert.InRange(second.Operations, 1, 10);

        // Two days of reminders: the first writes 6,000 notices; the second must read them back past the threshold.
        var reminders = fixture.Get<DeadlineReminders>();
        var monday = await reminders.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 11, 30), 7), "samtaler@stinn.example"), null, CancellationToken.None);
        Assert.Empty(monday.Failures);
        Assert.True(monday.Rounds.Single().Notices >= Members, monday.Rounds.Single().Summary());
        var again = await reminders.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 11, 30), 8), "samtaler@stinn.example"), null, CancellationToken.None);
        Assert.Empty(again.Digests);
        Assert.True(again.Rounds.Single().AlreadySent >= Members);

        // Shredding after the term of the half whose term ended: every one proved gone, counted once.
        var shred = await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(shred.Rounds);
        Assert.Empty(round.Failures);
        Assert.Equal((Members / 2, 0, Members / 2), (round.Receipt!.Forms, round.Receipt.Measures, round.Receipt.Folders));
        var left = await fixture.ItemsAsync(fixture.RoundSite, fixture.Blueprint.Round.List(ListRole.Forms).Title, Fields.FileName);
        Assert.Equal(Conversations - (Members / 2), left.Count);
    }

    /// <summary>L-OU, NL-AU, L-SRU, the NL-SRU in Trondheim and 6,000 SRU members there; half of them leave at New Year.</summary>
    private static string Roster()
    {
        var yaml = new StringBuilder("""
            organisation: StInn
            people:
              - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
              - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
              - { name: Oskar Pedersen, upn: oskar@stinn.example, roles: [{ role: L-SRU, from: 2026-07-01, to: 2027-06-30 }] }
              - { name: Ella Larsen, upn: ella@stinn.example, roles: [{ role: NL-SRU, campus: Trondheim, from: 2026-07-01, to: 2027-06-30 }] }

            """);
        for (var i = 0; i < Members; i++)
        {
            var end = i % 2 == 0 ? "2026-12-31" : "2027-06-30";
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{ name: Medlem {i:D4}, upn: medlem{i:D4}@stinn.example, roles: [{{ role: SRU, campus: Trondheim, from: 2026-07-01, to: {end} }}] }}");
        }

        return yaml.ToString();
    }
}
