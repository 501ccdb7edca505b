using System.Text.Json;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RecycleBin;

namespace PnpSamtale.Jobs.Tests.Shredding;

/// <summary>
/// Shredding at the end of the term on the local tenant: Lars's term ends 31 December 2026; Nina's too, but her
/// conversation is on legal hold; Ola's too, and someone already recycled his form (first-stage bin) and his measure
/// (moved on to the second stage). Jonas's and Emma's terms continue.
/// </summary>
public sealed class ShredScenarioTests
{
    private const string Roster = """
        organisation: StInn
        people:
          - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Jonas Hagen, upn: jonas@stinn.example, roles: [{ role: L-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Emma Solberg, upn: emma@stinn.example, language: en, roles: [{ role: AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Lars Moen, upn: lars@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
          - { name: Nina Berg, upn: nina@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
          - { name: Ola Dahl, upn: ola@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
        """;

    [Fact]
    public async Task AfterTheTermEnd_ExpiredFormsAndMeasuresAreGoneEverywhere_OthersUntouched_HeldKept_ReceiptWithoutPersonalData()
    {
        await using var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));
        var forms = fixture.Blueprint.Round.List(ListRole.Forms).Title;
        var measures = fixture.Blueprint.Round.List(ListRole.Measures).Title;
        var site = fixture.RoundSite;
        string Key(string partner) => $"H2026/3.2/sofie@stinn.example/{partner}@stinn.example";
        await fixture.UpdateAsync(forms, Fields.FileName, RoundDesigner.FormFileName(Key("nina")), FormValue.Boolean(Fields.LegalHold, true), FormValue.Text(Fields.LegalHoldReason, "Tvist"));
        var items = fixture.Get<ItemClient>();
        var bins = fixture.Get<RecycleBinClient>();
        var olaForm = await fixture.FindAsync(forms, Fields.FileName, RoundDesigner.FormFileName(Key("ola")));
        await items.RecycleItemAsync(site, await fixture.ListIdAsync(forms), olaForm.Id, CancellationToken.None);
        var olaMeasure = await fixture.FindAsync(measures, Fields.MeasureKey, RoundDesigner.MeasureKey(Key("ola")));
        var binned = await items.RecycleItemAsync(site, await fixture.ListIdAsync(measures), olaMeasure.Id, CancellationToken.None);
        await bins.MoveToSecondStageAsync(site, binned, CancellationToken.None);
        var job = fixture.Get<ShredExpiredForms>();

        // The last day of the term: nothing goes.
        var lastDay = await job.RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 12, 31), 23)), null, CancellationToken.None);
        Assert.Empty(Assert.Single(lastDay.Rounds).Destroyed);

        // A dry run the day after lists what would go and what is held, and changes nothing.
        var before = await SnapshotAsync(fixture);
        fixture.Tenant.ResetRequestCounts();
        var dry = Assert.Single((await job.RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)) { DryRun = true }, null, CancellationToken.None)).Rounds);
        Assert.Equal(0, fixture.Tenant.GetRequestCounts().Writes);
        Assert.Equal(before, await SnapshotAsync(fixture));
        Assert.Equal(
            [(ShredKind.Form, Key("lars")), (ShredKind.Measure, RoundDesigner.MeasureKey(Key("lars"))), (ShredKind.RecycleBinEntry, Key("ola")), (ShredKind.RecycleBinEntry, RoundDesigner.MeasureKey(Key("ola")))],
            dry.Destroyed.Select(d => (d.Kind, d.Key)).Order());
        Assert.Equal(2, dry.Held.Count);
        Assert.All(dry.Held, h => Assert.Equal("Tvist", h.HoldReason));

        var run = await job.RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(run.Rounds);
        Assert.Empty(round.Failures);
        Assert.Equal(4, round.Destroyed.Count);

        // Gone from the library, the list and both bins; the rest untouched.
        var formNames = (await fixture.ItemsAsync(site, forms, Fields.FileName)).Select(i => i.GetString(Fields.FileName)).ToHashSet();
        var measureKeys = (await fixture.ItemsAsync(site, measures, Fields.MeasureKey)).Select(i => i.GetString(Fields.MeasureKey)).ToHashSet();
        Assert.DoesNotContain(RoundDesigner.FormFileName(Key("lars")), formNames);
        Assert.DoesNotContain(RoundDesigner.MeasureKey(Key("lars")), measureKeys);
        foreach (var kept in new[] { Key("emma"), Key("nina"), "H2026/3.1/sofie@stinn.example/jonas@stinn.example" })
        {
            Assert.Contains(RoundDesigner.FormFileName(kept), formNames);
            Assert.Contains(RoundDesigner.MeasureKey(kept), measureKeys);
        }

        var web = await bins.GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None);
        var siteBin = await bins.GetAllAsync(site, RecycleBinStage.SecondStage, CancellationToken.None);
        Assert.DoesNotContain(web.Concat(siteBin), b => b.LeafName.StartsWith("skjema-", StringComparison.Ordinal) || b.Title.StartsWith("Tiltak ", StringComparison.Ordinal));

        // The receipt: counts and a hash of the sorted keys; nothing that names anyone.
        var receipt = round.Receipt!;
        Assert.Equal((1, 1, 2), (receipt.Forms, receipt.Measures, receipt.BinEntries));
        Assert.Equal(AuditLog.Checksum([Key("lars"), RoundDesigner.MeasureKey(Key("lars")), Key("ola"), RoundDesigner.MeasureKey(Key("ola"))]), receipt.Sha256);
        var log = Assert.Single(await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title,
            Fields.Title, Fields.LogEvent, Fields.Round, Fields.JobRun, Fields.LoggedAt, Fields.Count, Fields.Details, Fields.Checksum));
        Assert.Equal(ShredExpiredForms.ReceiptEvent, log.GetString(Fields.LogEvent));
        Assert.Equal(receipt.Sha256, log.GetString(Fields.Checksum));
        Assert.Equal(run.RunId.ToString("D"), log.GetString(Fields.JobRun));
        Assert.Equal("Skjema: 1; Tiltak: 1; Papirkurv: 2; Tilbakeholdt: 2 (Tvist: 2)", log.GetString(Fields.Details));
        var text = JsonSerializer.Serialize(log.Values);
        foreach (var person in fixture.Roster.People)
        {
            Assert.DoesNotContain(person.Upn, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Upn.Split('@')[0], text, StringComparison.OrdinalIgnoreCase);
            foreach (var part in person.Name.Split(' '))
            {
                Assert.DoesNotContain(part, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Nothing left to do: no deletions, no second receipt.
        var again = Assert.Single((await job.RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 2), 2)), null, CancellationToken.None)).Rounds);
        Assert.Empty(again.Destroyed);
        Assert.Null(again.Receipt);
        Assert.Single(await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title, Fields.Title));
    }

    private static async Task<string> SnapshotAsync(JobsFixture fixture)
    {
        var forms = await fixture.ItemsAsync(fixture.RoundSite, fixture.Blueprint.Round.List(ListRole.Forms).Title, Fields.FileName, Fields.Modified);
        var measures = await fixture.ItemsAsync(fixture.RoundSite, fixture.Blueprint.Round.List(ListRole.Measures).Title, Fields.MeasureKey, Fields.Modified);
        var bins = fixture.Get<RecycleBinClient>();
        var web = await bins.GetAllAsync(fixture.RoundSite, RecycleBinStage.FirstStage, CancellationToken.None);
        var site = await bins.GetAllAsync(fixture.RoundSite, RecycleBinStage.SecondStage, CancellationToken.None);
        return JsonSerializer.Serialize(new
        {
            forms = forms.Select(f => f.Values),
            measures = measures.Select(m => m.Values),
            web = web.Select(b => b.Id),
            site = site.Select(b => b.Id),
        });
    }
}
