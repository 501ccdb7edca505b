using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// Start-up of the Functions handler as the host sees it: from process start to the first answer on <c>GET /</c>
/// (the host polls it until any answer), and its memory then, against the ASP.NET Core empty template published the
/// same way (self-contained linux-x64, ReadyToRun: the flags of functions/publish.sh). Runs alternate between the
/// two so both see the same machine.
/// </summary>
internal static class StartupBenchmark
{
    private const string PublishFlags = "-c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:DebugType=none -p:GenerateDocumentationFile=false";

    public static async Task<int> RunAsync(int runs, string root, TextWriter output)
    {
        var work = Directory.CreateTempSubdirectory("samtale-startup-").FullName;
        try
        {
            output.WriteLine($"Publishing both apps ({PublishFlags}) …");
            var handler = Publish(Path.Combine(root, "functions/PnpSamtale.Functions"), Path.Combine(work, "handler"), "samtale-functions");
            var empty = Publish(Path.Combine(root, "benchmarks/PnpSamtale.EmptyHandler"), Path.Combine(work, "empty"), "empty-handler");
            var settings = new Dictionary<string, string>
            {
                ["SharePoint__TenantUrl"] = "http://127.0.0.1:5287/",
                ["SharePoint__GraphBaseUrl"] = "http://127.0.0.1:5287/v1.0",
                ["SharePoint__Auth"] = "None",
                ["Samtale__SiteOwner"] = "samtale-eier@local.tenant",
                ["Samtale__MailSender"] = "samtale-eier@local.tenant",
                ["Samtale__Api__TenantId"] = "8f2d6c1e-4b7a-4e0f-9c3d-2a1b5e6f7a80",
                ["Samtale__Api__Audience"] = "api://pnpsamtale",
            };

            // One unmeasured start each warms the file cache, as an instance that has the package on disk.
            await StartAsync(empty, new Dictionary<string, string>());
            await StartAsync(handler, settings);
            var emptyRuns = new List<Sample>();
            var handlerRuns = new List<Sample>();
            for (var run = 0; run < runs; run++)
            {
                emptyRuns.Add(await StartAsync(empty, new Dictionary<string, string>()));
                handlerRuns.Add(await StartAsync(handler, settings));
            }

            output.WriteLine($"Runs: {runs} each, alternating; time = process start to first answer on GET / (polled every 2 ms).");
            output.WriteLine($"{"App",-26} {"median ms",10} {"min ms",8} {"max ms",8} {"RSS MiB",9} {"peak MiB",9}");
            Print(output, "empty ASP.NET Core app", emptyRuns);
            Print(output, "PnpSamtale handler", handlerRuns);
            var ratio = Median(handlerRuns.Select(s => s.Milliseconds)) / Median(emptyRuns.Select(s => s.Milliseconds));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio handler/empty (median): {ratio:F2} (target <= 1.50); handler median {Median(handlerRuns.Select(s => s.Milliseconds)):F0} ms (target < 500 ms)."));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Publish(string project, string output, string executable)
    {
        var start = new ProcessStartInfo("dotnet", $"publish \"{project}\" {PublishFlags} -o \"{output}\" -nologo -v quiet") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? Path.Combine(output, executable) : throw new InvalidOperationException($"Publishing {project} failed:\n{text}");
    }

    private static async Task<Sample> StartAsync(string executable, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(executable)! };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    using var answer = await probe.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                    var elapsed = clock.Elapsed.TotalMilliseconds;
                    answer.EnsureSuccessStatusCode();
                    return new Sample(elapsed, Memory(process.Id, "VmRSS:"), Memory(process.Id, "VmHWM:"));
                }
                catch (HttpRequestException) when (!process.HasExited)
                {
                    await Task.Delay(2);
                }
            }

            throw new TimeoutException($"{executable} did not answer within 30 s.");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static double Memory(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Print(TextWriter output, string name, List<Sample> samples) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {Median(samples.Select(s => s.Milliseconds)),10:F0} {samples.Min(s => s.Milliseconds),8:F0} {samples.Max(s => s.Milliseconds),8:F0} {Median(samples.Select(s => s.RssMiB)),9:F1} {Median(samples.Select(s => s.PeakMiB)),9:F1}"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private readonly record struct Sample(double Milliseconds, double RssMiB, double PeakMiB);
}
