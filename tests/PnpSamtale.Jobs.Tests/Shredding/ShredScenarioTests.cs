using System.Text.Json;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RecycleBin;

namespace PnpSamtale.Jobs.Tests.Shredding;

/// <summary>
/// Shredding at the end of the term on the local tenant: Lars's term ends 31 December 2026; Nina's too, but the OU
/// holds her conversation in Tilbakehold; Ola's too, and someone already recycled his form (first-stage bin) and his
/// measure (moved on to the second stage). Jonas's and Emma's terms continue. Sofie has added a measure to each.
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
        static string Key(string partner) => $"H2026/3.2/{partner}@stinn.example";
        var jonas = "H2026/3.1/jonas@stinn.example";
        foreach (var key in new[] { Key("lars"), Key("nina"), Key("ola"), Key("emma"), jonas })
        {
            await fixture.AddMeasureAsync("sofie@stinn.example", key, "Tiltak");
        }

        await fixture.HoldAsync(Key("nina"), "Tvist");
        var items = fixture.Get<ItemClient>();
        var bins = fixture.Get<RecycleBinClient>();
        var ola = await fixture.ConversationAsync(Key("ola"));
        await items.RecycleItemAsync(site, await fixture.ListIdAsync(forms), ola.Form!.Id, CancellationToken.None);
        var binned = await items.RecycleItemAsync(site, await fixture.ListIdAsync(measures), Assert.Single(ola.Measures).Id, CancellationToken.None);
        await bins.MoveToSecondStageAsync(site, binned, CancellationToken.None);
        var lars = await fixture.ConversationAsync(Key("lars"));
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
            [(ShredKind.Form, Key("lars")), (ShredKind.Measure, RoundDesigner.MeasureKey(Key("lars"), Assert.Single(lars.Measures).Id)), (ShredKind.MeasuresFolder, Key("lars") + "/tiltak"),
             (ShredKind.MeasuresFolder, Key("ola") + "/tiltak"), (ShredKind.RecycleBinEntry, Key("ola")), (ShredKind.RecycleBinEntry, Key("ola"))],
            dry.Destroyed.Select(d => (d.Kind, d.Kind == ShredKind.RecycleBinEntry ? d.Key[..Key("ola").Length] : d.Key)).Order());
        Assert.Equal(2, dry.Held.Count);
        Assert.All(dry.Held, h => Assert.Equal("Tvist", h.HoldReason));

        var run = await job.RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 1), 2)), null, CancellationToken.None);
        var round = Assert.Single(run.Rounds);
        Assert.Empty(round.Failures);
        Assert.Equal(6, round.Destroyed.Count);

        // Gone from the library, the list and both bins; the rest untouched.
        var content = await fixture.ContentAsync();
        Assert.Null(content.Registered.Single(r => r.Key == Key("lars")).Form);
        Assert.Null(content.Registered.Single(r => r.Key == Key("lars")).Folder);
        Assert.Null(content.Registered.Single(r => r.Key == Key("ola")).Folder);
        Assert.DoesNotContain(content.Forms, f => f.GetString(Fields.FileName) == RoundDesigner.FormFileName(Key("lars")));
        foreach (var kept in new[] { Key("emma"), Key("nina"), jonas })
        {
            var conversation = content.Registered.Single(r => r.Key == kept);
            Assert.NotNull(conversation.Form);
            Assert.Single(conversation.Measures);
        }

        var web = await bins.GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None);
        var siteBin = await bins.GetAllAsync(site, RecycleBinStage.SecondStage, CancellationToken.None);
        Assert.Empty(web.Concat(siteBin));

        // The receipt: counts and a hash of the sorted keys; nothing that names anyone.
        var receipt = round.Receipt!;
        Assert.Equal((1, 1, 2, 2), (receipt.Forms, receipt.Measures, receipt.Folders, receipt.BinEntries));
        Assert.Equal(AuditLog.Checksum(round.Destroyed.Select(d => d.Key)), receipt.Sha256);
        var log = Assert.Single(await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title,
            Fields.Title, Fields.LogEvent, Fields.Round, Fields.JobRun, Fields.LoggedAt, Fields.Count, Fields.Details, Fields.Checksum, Fields.LogState, Fields.ShredTargets));
        Assert.Equal(ShredExpiredForms.ReceiptEvent, log.GetString(Fields.LogEvent));
        Assert.Equal(Provisioning.Schema.LogStates.Completed, log.GetString(Fields.LogState));
        Assert.Equal(receipt.Sha256, log.GetString(Fields.Checksum));
        Assert.Equal(run.RunId.ToString("D"), log.GetString(Fields.JobRun));
        Assert.Equal("Skjema: 1; Tiltak: 1; Tiltaksmapper: 2; Papirkurv: 2; Tilbakeholdt: 2 (Tvist: 2)", log.GetString(Fields.Details));
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

        // The hold lifted (the OU sets the day): the held conversation goes the next night.
        var holds = fixture.Blueprint.Round.List(ListRole.Holds).Title;
        await fixture.UpdateAsync(holds, Fields.ConversationKey, Key("nina"), FormValue.Date(Fields.Released, new DateOnly(2027, 1, 3)));
        var lifted = Assert.Single((await job.RunAsync(new ShredRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2027, 1, 3), 2)), null, CancellationToken.None)).Rounds);
        Assert.Equal([ShredKind.Form, ShredKind.Measure, ShredKind.MeasuresFolder], lifted.Destroyed.Select(d => d.Kind).Order());
        Assert.Empty(lifted.Held);
    }

    private static async Task<string> SnapshotAsync(JobsFixture fixture)
    {
        var forms = await fixture.ItemsAsync(fixture.RoundSite, fixture.Blueprint.Round.List(ListRole.Forms).Title, Fields.FileName, Fields.Modified);
        var measures = await fixture.ItemsAsync(fixture.RoundSite, fixture.Blueprint.Round.List(ListRole.Measures).Title, Fields.Title, Fields.Modified);
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
