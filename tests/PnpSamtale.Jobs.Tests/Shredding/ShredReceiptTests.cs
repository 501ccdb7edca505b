using System.Globalization;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RecycleBin;
using Xunit.Abstractions;

namespace PnpSamtale.Jobs.Tests.Shredding;

/// <summary>
/// The deletion receipt as proof, when answers are lost: for every write endpoint the job uses, and for every
/// <c>$batch</c> it sends, the answer is dropped once after the work was carried out; the job is run again until it
/// reports nothing left. Lars's and Ola's terms end 31 December 2026 (Ola's form already recycled); Nina's too, but
/// she is on hold; Emma's continues.
/// </summary>
public sealed class ShredReceiptTests(ITestOutputHelper output)
{
    private const string Roster = """
        organisation: StInn
        people:
          - { name: Kari Nordmann, upn: kari@stinn.example, roles: [{ role: L-OU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Sofie Bakken, upn: sofie@stinn.example, roles: [{ role: NL-AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Emma Solberg, upn: emma@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2027-06-30 }] }
          - { name: Lars Moen, upn: lars@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
          - { name: Nina Berg, upn: nina@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
          - { name: Ola Dahl, upn: ola@stinn.example, roles: [{ role: AU, from: 2026-07-01, to: 2026-12-31 }] }
        """;

    private static readonly string[] BatchEnvelopes = ["POST /_api/$batch", "POST /v1.0/$batch"];

    private static string Key(string partner) => $"H2026/3.2/{partner}@stinn.example";

    [Fact]
    public async Task ShredRun_AnswerOfEachWriteEndpointAndEachBatchLostOnce_OneCompleteReceiptPerRun_CountsEqualWhatIsGone()
    {
        // A clean run says which endpoints the job writes through and how many batches it sends.
        IReadOnlyList<string> writes;
        long batches;
        await using (var clean = await StartAsync())
        {
            clean.Tenant.ResetRequestCounts();
            var run = await ShredAsync(clean);
            Assert.Empty(Assert.Single(run.Rounds).Failures);
            var counts = clean.Tenant.GetRequestCounts();
            writes = [.. counts.ByEndpoint.Keys.Where(IsWrite).Order(StringComparer.Ordinal)];
            batches = counts.For(BatchEnvelopes[0]);
        }

        // The deletes, the receipt's add and its completion at least, each its own endpoint.
        Assert.True(writes.Count >= 3, string.Join(", ", writes));
        var faults = writes.Select(w => new EndpointFault(w, EndpointFaultKind.DropResponseAfterCommit))
            .Concat(Enumerable.Range(1, (int)batches).Select(n => new EndpointFault(BatchEnvelopes[0], EndpointFaultKind.DropResponseAfterCommit) { FromMatch = n }))
            .ToList();
        var dropped = 0;
        foreach (var fault in faults)
        {
            await using var fixture = await StartAsync();
            var expected = await ExpectedAsync(fixture);
            var state = fixture.Tenant.AddFault(fault);
            var runs = await ShredUntilDoneAsync(fixture);
            dropped += fixture.Tenant.GetFaults().Single(f => f.Id == state.Id).Fired;

            var receipt = Assert.Single(await ReceiptsAsync(fixture));
            Assert.True(receipt.State == LogStates.Completed, $"{fault.Endpoint} #{fault.FromMatch}: the receipt is {receipt.State}");
            Assert.Contains(receipt.RunId, runs);
            Assert.Equal((expected.Count, expected.Count), (receipt.Count, receipt.Planned));
            Assert.Equal(AuditLog.Checksum(expected.Keys), receipt.Checksum);
            Assert.Equal(receipt.Checksum, receipt.PlannedChecksum);
            await AssertGoneAsync(fixture);
        }

        Assert.Equal(faults.Count, dropped);
        output.WriteLine($"answers dropped: {dropped} ({writes.Count} write endpoints: {string.Join(", ", writes)}; {batches} batches); failures: 0");
    }

    [Fact]
    public async Task Hold_KeyWithSpacesAndOtherCase_StillHoldsTheConversation()
    {
        await using var fixture = await StartAsync(hold: false);
        await fixture.HoldAsync("  " + Key("nina").ToUpperInvariant() + " ", "Tvist");
        var nina = await fixture.ConversationAsync(Key("nina"));

        var round = Assert.Single((await ShredAsync(fixture)).Rounds);

        Assert.Empty(round.Failures);
        Assert.Equal(2, round.Held.Count);
        Assert.DoesNotContain(round.Destroyed, d => d.Key.StartsWith(Key("nina"), StringComparison.Ordinal));
        var after = await fixture.ConversationAsync(Key("nina"));
        Assert.Equal(nina.Form!.Id, after.Form?.Id);
        Assert.Equal(nina.Folder!.Id, after.Folder?.Id);
    }

    [Fact]
    public async Task Hold_NamingNoRegisteredConversation_NothingInTheRoundIsDestroyed_ReportedByIdWithoutTheKey()
    {
        await using var fixture = await StartAsync(hold: false);
        var mistyped = "H2026/3.2/nina@stinn.exmaple";
        await fixture.HoldAsync(mistyped, "Tvist");
        var hold = await fixture.FindAsync(fixture.Blueprint.Round.List(ListRole.Holds).Title, Fields.ConversationKey, mistyped);
        var before = await fixture.ContentAsync();

        var round = Assert.Single((await ShredAsync(fixture)).Rounds);

        Assert.Empty(round.Destroyed);
        var failure = Assert.Single(round.Failures);
        Assert.Contains($"id {hold.Id}", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("nina", failure, StringComparison.OrdinalIgnoreCase);
        var after = await fixture.ContentAsync();
        Assert.Equal(before.Forms.Select(f => f.Id), after.Forms.Select(f => f.Id));
        Assert.Equal(before.MeasureItems.Select(m => m.Id), after.MeasureItems.Select(m => m.Id));
        Assert.Empty(await ReceiptsAsync(fixture));

        // The OU corrects the key: the held conversation stays, the others go.
        await fixture.UpdateAsync(fixture.Blueprint.Round.List(ListRole.Holds).Title, Fields.ConversationKey, mistyped, FormValue.Text(Fields.ConversationKey, Key("nina")));
        var corrected = Assert.Single((await ShredAsync(fixture)).Rounds);
        Assert.Empty(corrected.Failures);
        Assert.Equal(2, corrected.Held.Count);
        Assert.NotNull((await fixture.ConversationAsync(Key("nina"))).Form);
        Assert.Null((await fixture.ConversationAsync(Key("lars"))).Form);
    }

    /// <summary>The round with measures for Lars and Ola, Ola's form recycled, and (unless told not to) Nina held.</summary>
    private static async Task<JobsFixture> StartAsync(bool hold = true)
    {
        var fixture = await JobsFixture.StartAsync(Roster, new DateOnly(2026, 10, 15));
        foreach (var partner in new[] { "lars", "ola", "nina", "emma" })
        {
            await fixture.AddMeasureAsync("sofie@stinn.example", Key(partner), "Tiltak");
        }

        if (hold)
        {
            await fixture.HoldAsync(Key("nina"), "Tvist");
        }

        var ola = await fixture.ConversationAsync(Key("ola"));
        await fixture.Get<ItemClient>().RecycleItemAsync(fixture.RoundSite, await fixture.ListIdAsync(fixture.Blueprint.Round.List(ListRole.Forms).Title), ola.Form!.Id, CancellationToken.None);
        return fixture;
    }

    private static DateTimeOffset Night(JobsFixture fixture) => fixture.Clock.At(new DateOnly(2027, 1, 1), 2);

    private static Task<ShredRun> ShredAsync(JobsFixture fixture, bool dryRun = false) =>
        fixture.Get<ShredExpiredForms>().RunAsync(new ShredRequest(fixture.Scope, Night(fixture)) { DryRun = dryRun }, null, CancellationToken.None);

    /// <summary>What a dry run says is to go, by key.</summary>
    private static async Task<IReadOnlyDictionary<string, ShredKind>> ExpectedAsync(JobsFixture fixture)
    {
        var dry = Assert.Single((await ShredAsync(fixture, dryRun: true)).Rounds);
        Assert.Empty(dry.Failures);
        Assert.Equal(6, dry.Destroyed.Count);
        return dry.Destroyed.ToDictionary(d => d.Key, d => d.Kind, StringComparer.Ordinal);
    }

    /// <summary>Runs the job as the nightly timer would, until a run ends without an error or a failure; returns the run ids.</summary>
    private static async Task<IReadOnlyList<Guid>> ShredUntilDoneAsync(JobsFixture fixture)
    {
        var runs = new List<Guid>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var request = new ShredRequest(fixture.Scope, Night(fixture));
            runs.Add(request.RunId);
            try
            {
                var run = await fixture.Get<ShredExpiredForms>().RunAsync(request, null, CancellationToken.None);
                if (run.Rounds.All(r => r.Failures.Count == 0))
                {
                    return runs;
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                // The timer's next night: the run is repeated.
            }
        }

        Assert.Fail($"three runs did not finish: {string.Join(", ", runs)}");
        return runs;
    }

    /// <summary>Nothing that was to go is left (a dry run finds nothing, both bins are empty), Nina's and Emma's forms are there.</summary>
    private static async Task AssertGoneAsync(JobsFixture fixture)
    {
        var again = Assert.Single((await ShredAsync(fixture, dryRun: true)).Rounds);
        Assert.Empty(again.Destroyed);
        var bins = fixture.Get<RecycleBinClient>();
        Assert.Empty(await bins.GetAllAsync(fixture.RoundSite, RecycleBinStage.FirstStage, CancellationToken.None));
        Assert.Empty(await bins.GetAllAsync(fixture.RoundSite, RecycleBinStage.SecondStage, CancellationToken.None));
        Assert.NotNull((await fixture.ConversationAsync(Key("nina"))).Form);
        Assert.NotNull((await fixture.ConversationAsync(Key("emma"))).Form);
    }

    /// <summary>The deletion receipts in Logg; asserts that no Logg entry is there twice.</summary>
    private static async Task<IReadOnlyList<LoggedReceipt>> ReceiptsAsync(JobsFixture fixture)
    {
        var log = await fixture.ItemsAsync(fixture.Scope.AdminSite, fixture.Blueprint.Admin.List(ListRole.Log).Title,
            Fields.LogKey, Fields.LogEvent, Fields.JobRun, Fields.Count, Fields.Checksum, Fields.LogState, Fields.Planned, Fields.PlannedChecksum);
        var keys = log.Select(l => l.GetString(Fields.LogKey)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var receipts = log.Where(l => l.GetString(Fields.LogEvent) == ShredExpiredForms.ReceiptEvent)
            .Select(l => new LoggedReceipt(
                Guid.Parse(l.GetString(Fields.JobRun)!),
                l.GetString(Fields.LogState),
                Number(l, Fields.Count),
                Number(l, Fields.Planned),
                l.GetString(Fields.Checksum),
                l.GetString(Fields.PlannedChecksum)))
            .ToList();
        Assert.Equal(receipts.Count, receipts.Select(r => r.RunId).Distinct().Count());
        return receipts;
    }

    private static int Number(ListItem item, string field) =>
        (int)double.Parse(item.GetString(field) ?? "-1", CultureInfo.InvariantCulture);

    private static bool IsWrite(string endpoint)
    {
        if (BatchEnvelopes.Contains(endpoint, StringComparer.Ordinal))
        {
            return false;
        }

        var request = endpoint.StartsWith(EndpointFault.BatchPrefix, StringComparison.Ordinal) ? endpoint[EndpointFault.BatchPrefix.Length..] : endpoint;
        return !request.StartsWith("GET ", StringComparison.Ordinal) && !request.Contains("GetRecycleBinItemsByQueryInfo", StringComparison.Ordinal);
    }

    private sealed record LoggedReceipt(Guid RunId, string? State, int Count, int Planned, string? Checksum, string? PlannedChecksum);
}
