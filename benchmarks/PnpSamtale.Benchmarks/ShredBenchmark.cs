using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.LocalTenant;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// The <c>ShredExpiredForms</c> job over one NTNU round of N conversations (a form and a measures folder each) on the
/// local tenant with injected latency, on the first day every form and measure may be destroyed (the routine's rule:
/// round end + 400 grace days): a run that destroys them all, a second run the same day (which must destroy nothing),
/// and optionally the same two runs under injected 429s.
/// </summary>
internal static class ShredBenchmark
{
    public static async Task<int> RunAsync(int forms, TimeSpan latency, double throttleRate, string root, TextWriter output, TimedProgress? progress)
    {
        var templates = Bench.Load(root);
        var roster = Bench.Roster(forms);
        var term = Term.Parse("2027");
        var provisioned = Bench.NewDirectory("shred");
        var directories = new List<string> { provisioned };
        try
        {
            var (designs, setup) = await Bench.ProvisionAsync(provisioned, tenant => [Bench.Design(templates, roster, term, tenant)]);
            var roundEnd = await RoundEndAsync(provisioned, templates);
            var grace = templates.Routine.Retention.GraceDays;
            var expires = ShredPolicy.DestroyableFrom(templates.Routine.Retention, roundEnd) ?? throw new InvalidOperationException("The routine never shreds.");
            var now = Bench.OsloMorning(expires);
            var conversations = designs[0].Plan.Conversations.Count;

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Shredding expired forms, NTNU routine: 1 round ({term}) with {conversations} conversations (a form and a measures folder each), {latency.TotalMilliseconds:0} ms injected latency per request"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Round end (Rundeslutt) {roundEnd:yyyy-MM-dd}, {grace} grace days: every form and measure may be destroyed from {expires:yyyy-MM-dd} (ShredPolicy.DestroyableFrom); now = {now:yyyy-MM-dd HH:mm zzz}; setup (provisioning without latency): {setup.TotalSeconds:0.0} s"));
            output.WriteLine();
            output.WriteLine("| run | HTTP requests | lower bound | ratio | wall time | SharePoint ops | forms destroyed | measures folders destroyed | bin entries | held | kept | check |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");

            var failed = false;
            var notes = new List<string>();
            string? cleanChecksum = null;
            foreach (var (name, directory, throttle) in Bench.Variants(provisioned, "shred-throttled", throttleRate, directories))
            {
                await using var tenant = await Bench.StartAsync(directory, latency, throttle);
                await using var services = Bench.Services(tenant);
                var job = services.GetRequiredService<ShredExpiredForms>();
                var request = new ShredRequest(Bench.Scope(templates, tenant), now);
                Task<T> Run<T>(Func<Task<T>> work)
                {
                    progress?.Restart();
                    progress?.Report(name);
                    return work();
                }

                var first = await Bench.MeasureAsync(tenant, () => Run(() => job.RunAsync(request, progress, CancellationToken.None)));
                var problems = Failures(first.Result).Take(1).ToList();
                var (destroyedForms, destroyedMeasures) = (Count(first.Result, ShredKind.Form), Count(first.Result, ShredKind.MeasuresFolder));
                if (destroyedForms != conversations || destroyedMeasures != conversations)
                {
                    problems.Add($"destroyed {destroyedForms} forms and {destroyedMeasures} measures folders of {conversations} each");
                }

                var checksum = first.Result.Rounds.Select(r => r.Receipt?.Sha256).OfType<string>().SingleOrDefault();
                if (checksum is null)
                {
                    problems.Add("no receipt written");
                }
                else if (cleanChecksum is not null && checksum != cleanChecksum)
                {
                    problems.Add("the receipt's checksum differs from the clean run's");
                }

                cleanChecksum ??= checksum;

                failed |= problems.Count > 0;
                output.WriteLine(Row(name, first, problems.Count == 0 ? "all destroyed, verified, receipt written" : "NO: " + string.Join("; ", problems)));

                var again = await Bench.MeasureAsync(tenant, () => Run(() => job.RunAsync(request with { RunId = Guid.NewGuid() }, progress, CancellationToken.None)));
                var quiet = again.Result.Rounds.All(r => r.Destroyed.Count == 0 && r.Kept == 0 && r.Held.Count == 0 && r.Receipt is null && r.Failures.Count == 0);
                failed |= !quiet;
                output.WriteLine(Row(name == "clean" ? "second run, same day" : "second run, same day, under 429s", again, quiet ? "nothing left, nothing destroyed" : "NO: " + string.Join("; ", Failures(again.Result).Take(1).DefaultIfEmpty("found more to do"))));
                foreach (var receipt in first.Result.Rounds.Select(r => r.Receipt).OfType<ShredReceipt>())
                {
                    notes.Add($"Receipt in Logg ({name} run, {receipt.Round}): {receipt.Details}; SHA-256 {receipt.Sha256[..16]}…");
                }
            }

            output.WriteLine();
            notes.ForEach(output.WriteLine);
            output.WriteLine("Lower bound: 1 admin read (rounds registry, roster and begun receipts, one batch) + per round 1 read of its lists and 1 read per");
            output.WriteLine("recycle-bin stage, and where something is destroyed: ceil(deletes / 100) SharePoint batches + 1 verification read + 2 writes of");
            output.WriteLine("the receipt in Logg (begun before the first delete, completed after verification).");
            return failed ? 1 : 0;
        }
        finally
        {
            Bench.Delete(directories);
        }
    }

    /// <summary>The round's end as the rounds registry has it (the value the job's retention rule reads).</summary>
    private static async Task<DateOnly> RoundEndAsync(string directory, NtnuTemplates templates)
    {
        await using var tenant = await Bench.StartAsync(directory, new FaultOptions());
        await using var services = Bench.Services(tenant);
        var admin = await AdminState.ReadAsync(services.GetRequiredService<SiteContentReader>(), Bench.Scope(templates, tenant), [], CancellationToken.None);
        return admin.Rounds.Single().End ?? throw new InvalidOperationException("The rounds registry has no round end.");
    }

    private static int Count(ShredRun run, ShredKind kind) => run.Rounds.Sum(r => r.Destroyed.Count(d => d.Kind == kind));

    private static IEnumerable<string> Failures(ShredRun run) => run.Rounds.SelectMany(r => r.Failures);

    /// <summary>
    /// 1 admin read; per round 1 read of its lists and 1 per recycle-bin stage; where anything is to be destroyed, the
    /// deletes in batches of 100, 1 verification read and 2 receipt writes (begun, completed). Deletes are what the run
    /// destroyed plus what it failed to.
    /// </summary>
    private static long LowerBound(ShredRun run) => 1 + run.Rounds.Sum(r =>
    {
        var deletes = r.Destroyed.Count + r.Failures.Count;
        return 3 + (deletes > 0 ? Bench.Ceiling(deletes, Bench.SharePointBatch) + 3 : 0);
    });

    private static string Row(string run, Measured<ShredRun> measured, string check)
    {
        var bound = LowerBound(measured.Result);
        var result = measured.Result;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {measured.Requests} | {bound} | {(double)measured.Requests / Math.Max(1, bound):0.00}× | {measured.Elapsed.TotalSeconds:0.0} s | {measured.SharePointOperations} | {Count(result, ShredKind.Form)} | {Count(result, ShredKind.MeasuresFolder)} | {Count(result, ShredKind.RecycleBinEntry)} | {result.Rounds.Sum(r => r.Held.Count)} | {result.Rounds.Sum(r => r.Kept)} | {check} |");
    }
}
