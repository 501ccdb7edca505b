using System.Diagnostics;
using System.Globalization;
using PnpSamtale.Functions.Tests.HostStandIn;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// Start-up of the Functions app as the host sees it: from the worker's process start, through the gRPC stream,
/// initialisation, indexing and loading of its functions, to the first successful invocation (a timer), with the
/// tests' host stand-in; against the isolated-worker template with one empty timer function, published the same way
/// (functions/publish.sh's flags: linux-x64, framework-dependent, ReadyToRun). Runs alternate between the two so both
/// see the same machine.
/// </summary>
internal static class StartupBenchmark
{
    /// <summary>Times <paramref name="runs"/> starts of each app; <paramref name="readyToRun"/> <c>false</c> publishes both without ReadyToRun, to see what it buys.</summary>
    public static async Task<int> RunAsync(int runs, bool readyToRun, string root, TextWriter output)
    {
        var publishFlags = $"-c Release -r linux-x64 --self-contained false -p:PublishReadyToRun={(readyToRun ? "true" : "false")} -p:UseAppHost=false -p:DebugType=none -p:GenerateDocumentationFile=false";
        var work = Directory.CreateTempSubdirectory("samtale-startup-").FullName;
        try
        {
            output.WriteLine($"Publishing both apps ({publishFlags}) …");
            var app = Publish(Path.Combine(root, "functions/PnpSamtale.Functions"), Path.Combine(work, "app"), publishFlags);
            var empty = Publish(Path.Combine(root, "benchmarks/PnpSamtale.EmptyWorker"), Path.Combine(work, "empty"), publishFlags);
            var clock = Path.Combine(work, "now.txt");

            // 06:00 in Oslo: DeadlineReminders runs, finds it too early and returns, touching no SharePoint.
            await File.WriteAllTextAsync(clock, "2026-11-12T05:00:00Z");
            var settings = new Dictionary<string, string>
            {
                ["SharePoint__TenantUrl"] = "http://127.0.0.1:5287/",
                ["SharePoint__GraphBaseUrl"] = "http://127.0.0.1:5287/v1.0",
                ["SharePoint__Auth"] = "None",
                ["Samtale__SiteOwner"] = "samtale-eier@local.tenant",
                ["Samtale__MailSender"] = "samtale-eier@local.tenant",
                ["Samtale__SimulatedClock"] = clock,
                ["AzureAd__TenantId"] = "8f2d6c1e-4b7a-4e0f-9c3d-2a1b5e6f7a80",
                ["AzureAd__ClientId"] = "5b0e9a44-7d1c-4f2a-9e63-0c8d2b1f7a35",
            };

            // One unmeasured start each warms the file cache, as an instance that has the package on disk.
            await MeasureAsync(empty, new Dictionary<string, string>(), "Tick");
            await MeasureAsync(app, settings, "DeadlineReminders");
            var emptyRuns = new List<Sample>();
            var appRuns = new List<Sample>();
            for (var run = 0; run < runs; run++)
            {
                emptyRuns.Add(await MeasureAsync(empty, new Dictionary<string, string>(), "Tick"));
                appRuns.Add(await MeasureAsync(app, settings, "DeadlineReminders"));
            }

            output.WriteLine($"Runs: {runs} each, alternating. Loaded = process start to functions loaded; first invocation = process start to the first timer invocation's answer.");
            output.WriteLine($"{"App",-34} {"loaded ms",10} {"first inv. ms",14} {"min ms",8} {"max ms",8} {"peak MiB",9}");
            Print(output, "empty isolated worker (template)", emptyRuns);
            Print(output, "PnpSamtale Functions app", appRuns);
            var ratio = Median(appRuns.Select(s => s.FirstInvocation)) / Median(emptyRuns.Select(s => s.FirstInvocation));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Ratio app/empty, first invocation (median): {ratio:F2} (target <= 1.20); app median {Median(appRuns.Select(s => s.FirstInvocation)):F0} ms."));
            output.WriteLine("Former custom handler (docs/benchmarks.md): 138 ms to the first answer on GET /, 1.08x an empty ASP.NET Core app.");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Publish(string project, string output, string flags)
    {
        var start = new ProcessStartInfo("dotnet", $"publish \"{project}\" {flags} -o \"{output}\" -nologo -v quiet") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"Publishing {project} failed:\n{text}");
    }

    private static async Task<Sample> MeasureAsync(string appRoot, IReadOnlyDictionary<string, string> settings, string function)
    {
        await using var host = await FunctionsHostStandIn.StartAsync(appRoot, settings);
        var invocation = await host.InvokeTimerAsync(function, status: null);
        var elapsed = host.SinceStart;
        if (!invocation.Succeeded)
        {
            throw new InvalidOperationException($"{function} failed: {invocation.Error}\n{host.Output}");
        }

        return new Sample(host.StartupTime.TotalMilliseconds, elapsed.TotalMilliseconds, host.PeakMemoryMiB());
    }

    private static void Print(TextWriter output, string name, List<Sample> samples) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-34} {Median(samples.Select(s => s.Loaded)),10:F0} {Median(samples.Select(s => s.FirstInvocation)),14:F0} {samples.Min(s => s.FirstInvocation),8:F0} {samples.Max(s => s.FirstInvocation),8:F0} {Median(samples.Select(s => s.PeakMiB)),9:F1}"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private readonly record struct Sample(double Loaded, double FirstInvocation, double PeakMiB);
}
