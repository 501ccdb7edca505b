using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.SharePoint;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// Provisioning a whole round (the NTNU routine with a generated roster of N employees, one conversation each) on the
/// local tenant with injected latency: a clean run, a no-change re-run, and a clean run under injected 429s, after
/// which a dry run must find nothing left to do (the same end state as the clean run).
/// </summary>
internal static class ProvisioningBenchmark
{

    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, TimeSpan latency, double throttleRate, string root, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Round provisioning, NTNU routine, {latency.TotalMilliseconds:0} ms injected latency per request; throttled runs: {throttleRate:P0} of requests answered 429 with Retry-After 1 s"));
        output.WriteLine();
        output.WriteLine("| conversations | run | HTTP requests | per conversation | lower bound | ratio | wall time | converged |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|");
        var failed = false;
        foreach (var size in sizes)
        {
            foreach (var (run, throttled) in new[] { ("clean", false), ("throttled", true) })
            {
                var faults = new FaultOptions { Latency = latency, ThrottleRate = throttled ? throttleRate : 0, RetryAfter = TimeSpan.FromSeconds(1), Seed = 7 };
                await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { Faults = faults }, CancellationToken.None);
                await using var services = Bench.Services(tenant);
                var design = Design(root, size, tenant.BaseUri);
                var provisioner = services.GetRequiredService<RoundProvisioner>();
                var conversations = design.Plan.Conversations.Count;

                var first = await Bench.MeasureAsync(tenant, () => provisioner.ProvisionAsync(design, "eier@bench.example", null, CancellationToken.None));
                var failures = first.Result.Sum(r => r.Failures.Count);
                foreach (var failure in first.Result.SelectMany(r => r.Failures).Take(3))
                {
                    Console.Error.WriteLine($"failed: {failure.Artefact}: {failure.Message}");
                }

                var left = await provisioner.PlanAsync(design, CancellationToken.None);
                var converged = failures == 0 && left.All(r => r.IsEmpty);
                failed |= !converged;
                output.WriteLine(Row(conversations, run == "clean" ? "clean" : "under 429s", first, converged ? "yes" : $"NO ({failures} failures)"));
                if (run == "clean")
                {
                    var again = await Bench.MeasureAsync(tenant, () => provisioner.ProvisionAsync(design, "eier@bench.example", null, CancellationToken.None));
                    output.WriteLine(Row(conversations, "no-change re-run", again, again.Result.All(r => r.WasUnchanged) ? "yes (0 changes)" : "NO"));
                }
            }
        }

        output.WriteLine();
        output.WriteLine("Lower bound: ceil(SharePoint operations / 100) + ceil(Graph operations / 20) + the requests that cannot be batched");
        output.WriteLine("(SPSiteManager create/status), counting every operation the run performed, reads included, inside or outside a batch;");
        output.WriteLine("operations of the two sites are pooled, which makes the bound a little lower than the true per-site bound.");
        return failed ? 1 : 0;
    }

    private static RoundDesign Design(string root, int employees, Uri tenant)
    {
        var routine = RoutineLoader.LoadOrThrow(File.ReadAllText(Path.Combine(root, "templates/routines/ntnu-medarbeidersamtale.yaml")), "ntnu");
        var forms = FormTemplateLoader.LoadFile(Path.Combine(root, "templates/forms/ntnu-medarbeidersamtale.yaml")).Template!;
        var blueprint = BlueprintLoader.LoadFile(Path.Combine(root, BlueprintLoader.DefaultPath)).Blueprint!;
        var roster = RosterLoader.Load(Roster(employees), "generated").Roster ?? throw new InvalidOperationException("The generated roster does not load.");
        var designed = RoundDesigner.Design(new RoundRequest(blueprint, routine, forms, roster, Term.Parse("2027"), tenant));
        return designed.Design ?? throw new InvalidOperationException(string.Join("; ", designed.Problems));
    }

    /// <summary>A department: managers with 20 employees each under one head, of every category, some English-speaking.</summary>
    internal static string Roster(int employees)
    {
        string[] categories = ["teknisk-administrativ", "vitenskapelig", "postdoktor", "stipendiat"];
        var managers = Math.Max(1, (employees + 19) / 20);
        var text = new StringBuilder("organisation: Benchmark\npeople:\n");
        text.Append("  - { name: Hanne Hode, upn: hode@bench.example, roles: [{ role: Leder }] }\n");
        text.Append("  - { name: Hilde HR, upn: hr@bench.example, roles: [{ role: HR }] }\n");
        for (var m = 0; m < managers; m++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ name: Leder {m}, upn: leder{m}@bench.example, manager: hode@bench.example, category: vitenskapelig, roles: [{{ role: Leder }}, {{ role: Medarbeider }}] }}\n");
        }

        for (var e = 0; e < employees - managers; e++)
        {
            var language = e % 5 == 0 ? ", language: en" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"  - {{ name: Ansatt {e}, upn: ansatt{e}@bench.example{language}, manager: leder{e % managers}@bench.example, category: {categories[e % 4]}, roles: [{{ role: Medarbeider }}] }}\n");
        }

        return text.ToString();
    }

    private static string Row<T>(int conversations, string run, Measured<T> measured, string converged) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {conversations} | {run} | {measured.Requests} | {(double)measured.Requests / conversations:0.000} | {measured.OperationsLowerBound} | {(double)measured.Requests / Math.Max(1, measured.OperationsLowerBound):0.00}× | {measured.Elapsed.TotalSeconds:0.0} s | {converged} |");

}
