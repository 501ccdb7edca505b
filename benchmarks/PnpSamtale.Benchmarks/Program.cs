using System.Globalization;
using PnpSamtale.Benchmarks;

var count = Argument("--count", 1000);
var latency = Argument("--latency-ms", args.Length > 0 && args[0] == "provision" ? 50 : 20);
if (args.Length > 0 && args[0] == "provision")
{
    var at = Array.IndexOf(args, "--conversations");
    var sizes = (at >= 0 && at + 1 < args.Length ? args[at + 1] : "60,600,3000")
        .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    var throttle = Argument("--throttle-percent", 10);
    return await ProvisioningBenchmark.RunAsync(sizes, TimeSpan.FromMilliseconds(latency), throttle / 100.0, FindRoot(), Console.Out);
}

if (args.Length == 0 || args[0] != "items" || count < 1 || latency < 0)
{
    Console.Error.WriteLine("usage: PnpSamtale.Benchmarks items [--count 1000] [--latency-ms 20]");
    Console.Error.WriteLine("       PnpSamtale.Benchmarks provision [--conversations 60,600,3000] [--latency-ms 50] [--throttle-percent 10]");
    Console.Error.WriteLine("  Creates COUNT list items on the local tenant with LATENCY ms injected per request, once one request per item");
    Console.Error.WriteLine("  and once in SharePoint $batch requests of 100, and prints requests, wall time and the ratio to ceil(COUNT/100).");
    return 2;
}

return await ItemCreationBenchmark.RunAsync(count, TimeSpan.FromMilliseconds(latency), Console.Out);

int Argument(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PnpSamtale.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from the repository (PnpSamtale.sln not found above it).");
}
