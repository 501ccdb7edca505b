using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.Jobs.Tests.Scenarios;

/// <summary>
/// The StInn round on sites of either locale the product supports, in Norway's time zone: provisioned, reconciled
/// (with access withdrawn when a form becomes strictly confidential), reminded and shredded — every date and number
/// written in the site's own format and read back as the same day.
/// </summary>
public sealed class RegionalScenarioTests
{
    private const string Roster = """
        organisation: StInn
        people:
          - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Per Arkiv, upn: per@stinn.example, roles: [{ role: OrgKons, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Jonas Hagen, upn: jonas@stinn.example, roles: [{ role: L-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Lars Moen, upn: lars@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
        """;

    [Theory]
    [InlineData(1044)]
    [InlineData(1033)]
    public async Task StInnRound_ProvisionsReconcilesRemindsAndShreds(int lcid)
    {
        await using var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15), lcid: lcid);
        var regional = fixture.Get<RegionalSettingsClient>();
        foreach (var site in new[] { fixture.RoundSite, fixture.Scope.AdminSite })
        {
            var settings = await regional.GetAsync(site, CancellationToken.None);
            Assert.Equal((lcid, SiteTimeZone.Oslo), (settings.LocaleId, settings.TimeZone.Id));
        }

        // Dates were written in the site's format: step 1.2 is due on Monday 9 November, stored as Oslo midnight.
        var steps = fixture.Blueprint.Round.List(ListRole.Steps).Title;
        var step12 = Assert.Single(await fixture.ItemsAsync(fixture.RoundSite, steps, Fields.StepNumber, Fields.Deadline), i => i.GetString(Fields.StepNumber) == "1.2");
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 23, 0, 0, TimeSpan.Zero), step12.GetDateTime(Fields.Deadline));

        // Reconcile: archived as Konfidensielt the custodian reads it; made Strengt konfidensielt the grant is withdrawn.
        var forms = fixture.Blueprint.Round.List(ListRole.Forms).Title;
        var jonas = "H2026/3.1/jonas@stinn.example";
        var form = await fixture.FindAsync(forms, Fields.FileName, RoundDesigner.FormFileName(jonas));
        var scope = SecurableScope.Item(fixture.RoundSite, await fixture.ListIdAsync(forms), form.Id);
        await fixture.UpdateAsync(forms, Fields.FileName, RoundDesigner.FormFileName(jonas), FormValue.Text(Fields.FormStatus, "Arkivert"), FormValue.Text(Fields.Classification, "Konfidensielt"));
        await fixture.ReconcileAsync();
        Assert.True(await CanReadAsync(fixture, scope, "per@stinn.example"));

        fixture.Clock.Now = fixture.Clock.Now.AddMinutes(1);
        await fixture.UpdateAsync(forms, Fields.FileName, RoundDesigner.FormFileName(jonas), FormValue.Text(Fields.Classification, "Strengt konfidensielt"));
        await fixture.ReconcileAsync();
        Assert.False(await CanReadAsync(fixture, scope, "per@stinn.example"));
        Assert.True(await CanReadAsync(fixture, scope, "jonas@stinn.example"));

        await fixture.AddMeasureAsync("sofie@stinn.example", "H2026/3.2/lars@stinn.example", "Kurs", new DateOnly(2026, 12, 15));

        // Reminders: the invitations due on Thursday 12 November go out, once.
        var reminders = fixture.Get<DeadlineReminders>();
        var day = await reminders.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 11, 12), 7), "samtaler@stinn.example"), null, CancellationToken.None);
        var again = await reminders.RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 11, 12), 8), "samtaler@stinn.example"), null, CancellationToken.None);
        Assert.NotEmpty(day.Digests);
        Assert.Empty(day.Failures);
        Assert.Empty(again.Digests);

        // Shredding after Lars's term: his form and the measure Sofie added go, with a receipt.
        var shred = await fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(shred.Rounds);
        Assert.Empty(round.Failures);
        Assert.Equal((1, 1), (round.Receipt!.Forms, round.Receipt.Measures));
    }

    private static async Task<bool> CanReadAsync(JobsFixture fixture, SecurableScope scope, string upn) =>
        (await fixture.Get<PermissionClient>().GetUserEffectivePermissionsAsync(scope, upn, CancellationToken.None)).Has(PermissionKind.ViewListItems);
}
