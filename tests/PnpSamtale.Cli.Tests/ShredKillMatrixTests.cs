using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using Xunit.Abstractions;

namespace PnpSamtale.Cli.Tests;

/// <summary>
/// <c>samtale jobs shred</c> killed (SIGKILL of the real process) at every request of a clean run — the request it dies
/// on carried out afterwards, or never — and then run again: one complete deletion receipt, whose counts equal what a
/// clean run destroys; nothing left that should be gone; no entry in <c>Logg</c> twice. A round of the example roster
/// is shredded on 1 July 2027, when most terms have ended.
/// </summary>
public sealed class ShredKillMatrixTests(ITestOutputHelper output) : IDisposable
{
    private const string Now = "2027-07-01T02:00+02:00";

    /// <summary>When a killed run's lease on the round has expired (30 minutes): the next run goes on from there.</summary>
    private const string AfterLease = "2027-07-01T02:31+02:00";

    private readonly string folder = Directory.CreateTempSubdirectory("samtale-kill-").FullName;

    [Fact]
    public async Task Shred_KilledAtEveryRequest_TheNextRunLeavesOneCompleteReceiptCountingWhatIsGone()
    {
        var seed = Path.Combine(folder, "seed");
        await ProvisionAsync(seed);

        // A clean run: how many requests it makes, what its receipt counts, how long Logg is afterwards.
        var counted = 0;
        int arrivals;
        Clean clean;
        await using (var tenant = await StartAsync(seed, "clean", _ => { Interlocked.Increment(ref counted); return Task.FromResult(true); }))
        {
            var run = Shred(tenant);
            Assert.True(run.Exit == ExitCodes.Ok, run.Error);
            arrivals = Volatile.Read(ref counted);
            clean = await ReadAsync(tenant);
        }

        var receipt = Assert.Single(clean.Receipts);
        Assert.True(receipt.Count >= 10, $"the clean run destroyed only {receipt.Count}");
        Assert.InRange(arrivals, 5, 60);
        output.WriteLine($"a clean run: {arrivals} requests, a receipt counting {receipt.Count}");

        var points = 0;
        for (var cut = 1; cut <= arrivals; cut++)
        {
            foreach (var carriedOut in new[] { false, true })
            {
                var point = $"request {cut} ({(carriedOut ? "carried out" : "never carried out")})";
                var victim = new Victim(cut, carriedOut);
                await using var tenant = await StartAsync(seed, $"cut-{cut}-{carriedOut}", victim.ArriveAsync);
                using (var running = SamtaleProcess.Launch(Settings(), folder, ShredArgs(tenant)))
                {
                    victim.Process = running.Process;
                    Assert.True(running.Process.WaitForExit(TimeSpan.FromMinutes(2)), $"{point}: the run did not end");
                    Assert.True(victim.Killed, $"{point}: the run ended before it was killed: {await running.Error}");
                }

                var rerun = Shred(tenant, AfterLease);
                Assert.True(rerun.Exit == ExitCodes.Ok, $"{point}: the next run failed: {rerun.Error}");
                var after = await ReadAsync(tenant);
                Assert.True(after.LogEntries == clean.LogEntries, $"{point}: Logg has {after.LogEntries} entries, a clean run leaves {clean.LogEntries}");
                var complete = Assert.Single(after.Receipts);
                Assert.True(complete.State == LogStates.Completed, $"{point}: the receipt is {complete.State}");
                Assert.True((complete.Count, complete.Planned) == (receipt.Count, receipt.Count), $"{point}: the receipt counts {complete.Count} of {complete.Planned}; a clean run destroys {receipt.Count}");
                Assert.True(complete.Checksum == receipt.Checksum, $"{point}: the checksum differs from a clean run's");
                var dry = Cli.Run("jobs", "shred", "--now", Now, "--dry-run", "--tenant", tenant.BaseUri.AbsoluteUri, "--blueprint", "templates/site/blueprint.yaml");
                Assert.True(dry.Out.Contains("ville makulert 0 skjema, 0 tiltak og 0 fra papirkurvene", StringComparison.Ordinal), $"{point}: something is left: {dry.Out}");
                points++;
            }
        }

        output.WriteLine($"kill points: {points} (every one of the {arrivals} requests of a clean run, carried out or not); receipts checked: {points}; failures: 0");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task ProvisionAsync(string directory)
    {
        await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = directory }, CancellationToken.None);
        var start = Cli.Run("round", "start", "--routine", "templates/routines/stinn-medarbeidersamtaler.yaml", "--roster", "templates/rosters/stinn-eksempel.yaml",
            "--term", "H2026", "--set", "1.2=2026-11-09", "--tenant", tenant.BaseUri.AbsoluteUri, "--site-owner", "samtale-eier@stinn.example");
        Assert.True(start.Exit == ExitCodes.Ok, start.Error);
    }

    /// <summary>A local tenant on a copy of the provisioned round, with <paramref name="hook"/> asked about every request.</summary>
    private async Task<LocalTenantServer> StartAsync(string seed, string name, Func<RequestArrival, Task<bool>> hook)
    {
        var directory = Path.Combine(folder, name);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(seed))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var options = new LocalTenantOptions { DataDirectory = directory };
        options.Faults.BeforeRequest = hook;
        return await LocalTenantServer.StartAsync(options, CancellationToken.None);
    }

    private (int Exit, string Out, string Error) Shred(LocalTenantServer tenant, string now = Now) =>
        SamtaleProcess.Run(Settings(), folder, ShredArgs(tenant, now));

    private static string[] ShredArgs(LocalTenantServer tenant, string now = Now) =>
        ["jobs", "shred", "--now", now, "--tenant", tenant.BaseUri.AbsoluteUri, "--blueprint", Path.Combine(Cli.Root, "templates/site/blueprint.yaml")];

    private static Dictionary<string, string> Settings() => new() { ["SharePoint__RequestTimeout"] = "00:00:30" };

    /// <summary>Logg on the admin site, read over the wire: how many entries, and the deletion receipts.</summary>
    private static async Task<Clean> ReadAsync(LocalTenantServer tenant)
    {
        var blueprint = BlueprintLoader.LoadFile(Path.Combine(Cli.Root, BlueprintLoader.DefaultPath)).Blueprint!;
        var admin = RoundDesigner.AdminSiteUrl(blueprint, tenant.BaseUri);
        var fields = string.Join(',', "Id", Fields.LogKey, Fields.LogEvent, Fields.LogState, Fields.Count, Fields.Planned, Fields.Checksum);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(admin.AbsoluteUri.TrimEnd('/') + $"/_api/web/lists/getbytitle('{blueprint.Admin.List(ListRole.Log).Title}')/items?$select={fields}&$top=5000"));
        request.Headers.Add("Accept", "application/json;odata=nometadata");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("value").EnumerateArray().ToList();
        var keys = items.Select(i => Text(i, Fields.LogKey)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var receipts = items.Where(i => Text(i, Fields.LogEvent) == ShredExpiredForms.ReceiptEvent)
            .Select(i => new Receipt(Text(i, Fields.LogState), Number(i, Fields.Count), Number(i, Fields.Planned), Text(i, Fields.Checksum)))
            .ToList();
        return new Clean(items.Count, receipts);
    }

    private static string? Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Number(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? (int)value.GetDouble()
        : (int)double.Parse(Text(item, field) ?? "-1", CultureInfo.InvariantCulture);

    private sealed record Receipt(string? State, int Count, int Planned, string? Checksum);

    private sealed record Clean(int LogEntries, IReadOnlyList<Receipt> Receipts);

    /// <summary>Kills the <c>samtale</c> process when its <c>cut</c>-th request arrives (SIGKILL), then lets that request be carried out or not.</summary>
    private sealed class Victim(int cut, bool carriedOut)
    {
        public Process? Process { get; set; }

        public bool Killed { get; private set; }

        public async Task<bool> ArriveAsync(RequestArrival arrival)
        {
            if (arrival.Number != cut)
            {
                return true;
            }

            // Process.Kill sends SIGKILL on Linux and macOS: no handler, no finally, no flush runs in the victim.
            for (var i = 0; Process is null && i < 100; i++)
            {
                await Task.Delay(50);
            }

            Killed = true;
            Process!.Kill();
            await Process.WaitForExitAsync();
            return carriedOut;
        }
    }
}
