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

    [Fact]
    public async Task Export_Times_AreTheMomentItself_InLoggAndInTheExport_NotOsloTimeReadAsUtc()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));
        var first = fixture.Clock.At(new DateOnly(2026, 11, 13), 9);
        await fixture.Get<AccessExport>().RunAsync(new AccessExportRequest(fixture.Scope, "emma@stinn.example", "H2026", Path.Combine(folder, "first"), first), null, CancellationToken.None);

        // Logg holds the instant of the export: 09:00 in Oslo is 08:00 UTC in November.
        var entry = Assert.Single(await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title, Fields.LoggedAt));
        Assert.Equal(new DateTimeOffset(2026, 11, 13, 8, 0, 0, TimeSpan.Zero), entry.GetDateTime(Fields.LoggedAt));

        // The next export states both times as instants a reader can compare: its own and the first one's.
        var second = Path.Combine(folder, "second");
        await fixture.Get<AccessExport>().RunAsync(new AccessExportRequest(fixture.Scope, "emma@stinn.example", "H2026", second, fixture.Clock.At(new DateOnly(2026, 11, 16), 14)), null, CancellationToken.None);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(second, "innsyn.json")));
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 13, 0, 0, TimeSpan.Zero), json.RootElement.GetProperty("exportedAt").GetDateTimeOffset());
        var logged = Assert.Single(json.RootElement.GetProperty("auditLog").EnumerateArray());
        Assert.Equal(first, logged.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Export_PersonTheRoundDoesNotKnow_IsRefused_WritesNothing_AndIsNotLogged()
    {
        await using var fixture = await JobsFixture.StartAsync(RoundScenarioTests.Roster, new DateOnly(2026, 10, 15));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<AccessExport>().RunAsync(
            new AccessExportRequest(fixture.Scope, "nobody@stinn.example", "H2026", folder, fixture.Clock.Now), null, CancellationToken.None));

        Assert.Contains("nobody@stinn.example", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "nothing is written for a person the round does not know");
        Assert.Empty(await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title, Fields.LogEvent));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
