using System.Diagnostics;
using System.Text.RegularExpressions;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The queue service of the tests: Azurite's queue service. <c>.ci/run</c> starts one and names it in
/// <c>AZURITE_QUEUE_ENDPOINT</c> (e.g. <c>http://127.0.0.1:10001/devstoreaccount1</c>); without that, this starts
/// <c>azurite-queue</c> from <c>.azurite/</c> (installed by <c>.ci/run</c>, or <c>npm install --prefix .azurite azurite@3.37.0</c>)
/// on a free port, in memory (accepting the newer storage API version the client speaks), and stops it at the end.
/// </summary>
public sealed partial class Azurite : IDisposable
{
    /// <summary>Azurite's development account and its published, well-known key (not a secret).</summary>
    private const string Account = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process? process;

    public Azurite()
    {
        var endpoint = Environment.GetEnvironmentVariable("AZURITE_QUEUE_ENDPOINT");
        if (string.IsNullOrEmpty(endpoint))
        {
            (process, endpoint) = Start();
        }

        QueueEndpoint = new Uri(endpoint.TrimEnd('/'));
    }

    /// <summary>The queue service's URL, with the account.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>The connection string of the app's storage (<c>AzureWebJobsStorage</c>), queues only.</summary>
    public string ConnectionString => $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={DevelopmentKey};QueueEndpoint={QueueEndpoint};";

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
    }

    private static (Process, string) Start()
    {
        var executable = Path.Combine(RepositoryRoot.Path, ".azurite", "node_modules", ".bin", "azurite-queue");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run 'npm install --prefix .azurite azurite@3.37.0' (as .ci/run does), or set AZURITE_QUEUE_ENDPOINT.");
        }

        var start = new ProcessStartInfo(executable, ["--queueHost", "127.0.0.1", "--queuePort", "0", "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && process.StandardOutput.ReadLine() is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                return (process, match.Groups["url"].Value.TrimEnd('/') + "/" + Account);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("Azurite did not say where it listens within 30 s: " + process.StandardError.ReadToEnd());
    }

    [GeneratedRegex(@"listens on (?<url>http://\S+)")]
    private static partial Regex Listening();
}
