using System.Globalization;
using PnpSamtale.Benchmarks;

var count = Argument("--count", 1000);
var latency = Argument("--latency-ms", 20);
if (args.Length == 0 || args[0] != "items" || count < 1 || latency < 0)
{
    Console.Error.WriteLine("usage: PnpSamtale.Benchmarks items [--count 1000] [--latency-ms 20]");
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
