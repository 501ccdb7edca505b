using System.Text.Json;
using PnpSamtale.Jobs.Export;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Tests.Reminders;
using PnpSamtale.Provisioning.Blueprints;

namespace PnpSamtale.Jobs.Tests.Export;

public sealed class AccessExportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"innsyn-{Guid.NewGuid():N}");

    [Fact]
    public async Task Export_WritesThePersonsFormsMeasuresNoticesAndAudit_AndNothingOfOthers()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));
        foreach (var key in new[] { "H2026/3.1/jonas@stinn.example", "H2026/3.2/emma@stinn.example", "H2026/3.2/lars@stinn.example" })
        {
            await fixture.AddMeasureAsync("sofie@stinn.example", key, "Kurs");
        }

        await fixture.Get<DeadlineReminders>().RunAsync(new ReminderRequest(fixture.Scope, fixture.Clock.At(new DateOnly(2026, 11, 12), 7), JobsFixture.SiteOwner), null, CancellationToken.None);

        var result = await fixture.Get<AccessExport>().RunAsync(
            new AccessExportRequest(fixture.Scope, "Sofie@stinn.example", "H2026", folder, fixture.Clock.At(new DateOnly(2026, 11, 13), 9)), null, CancellationToken.None);

        Assert.Equal((3, 3, 3, 3), (result.Conversations, result.Forms, result.Measures, result.Notices));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "innsyn.json")));
        var forms = json.RootElement.GetProperty("forms").EnumerateArray().ToList();
        Assert.All(forms, f => Assert.True(File.Exists(Path.Combine(folder, f.GetProperty("file").GetString()!))));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(folder, "skjema")).Length);
        Assert.All(json.RootElement.GetProperty("conversations").EnumerateArray(), c => Assert.Equal("samtaleansvarlig", c.GetProperty("yourPart").GetString()));
        Assert.Contains("sofie@stinn.example", json.RootElement.GetProperty("notices")[0].GetProperty("key").GetString(), StringComparison.Ordinal);

        // Emma sees only her own conversation.
        var emma = Path.Combine(folder, "emma");
        var hers = await fixture.Get<AccessExport>().RunAsync(new AccessExportRequest(fixture.Scope, "emma@stinn.example", "H2026", emma, fixture.Clock.Now), null, CancellationToken.None);
        Assert.Equal((1, 1, 1, 0), (hers.Conversations, hers.Forms, hers.Measures, hers.Notices));

        // Both exports are logged, with counts only.
        var log = await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title, Fields.LogEvent, Fields.Details, Fields.Checksum);
        Assert.Equal(2, log.Count(l => l.GetString(Fields.LogEvent) == AccessExport.ExportEvent));
        Assert.DoesNotContain(log, l => JsonSerializer.Serialize(l.Values).Contains("stinn.example", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
