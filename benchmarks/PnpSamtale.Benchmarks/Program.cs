using System.Globalization;
using PnpSamtale.Benchmarks;

var command = args.Length > 0 ? args[0] : string.Empty;
var count = Argument("--count", 1000);
var latency = Argument("--latency-ms", command is "provision" or "reminders" or "shred" ? 50 : 20);
var throttle = Argument("--throttle-percent", 10);
if (latency < 0 || throttle is < 0 or > 100)
{
    return Usage();
}

switch (command)
{
    case "provision":
    {
        var at = Array.IndexOf(args, "--conversations");
        var sizes = (at >= 0 && at + 1 < args.Length ? args[at + 1] : "60,600,3000")
            .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return await ProvisioningBenchmark.RunAsync(sizes, TimeSpan.FromMilliseconds(latency), throttle / 100.0, FindRoot(), Console.Out);
    }

    case "reminders":
    {
        var rounds = Argument("--rounds", 10);
        var conversations = Argument("--conversations", 600);
        return rounds is < 1 or > 50 || conversations < 1
            ? Usage()
            : await ReminderBenchmark.RunAsync(rounds, conversations, TimeSpan.FromMilliseconds(latency), throttle / 100.0, FindRoot(), Console.Out, Progress());
    }

    case "shred":
    {
        var forms = Argument("--forms", 3000);
        return forms < 1 ? Usage() : await ShredBenchmark.RunAsync(forms, TimeSpan.FromMilliseconds(latency), throttle / 100.0, FindRoot(), Console.Out, Progress());
    }

    case "functions-startup":
    {
        var runs = Argument("--runs", 15);
        return runs < 1 ? Usage() : await StartupBenchmark.RunAsync(runs, !args.Contains("--no-ready-to-run"), FindRoot(), Console.Out);
    }

    case "items" when count >= 1:
        return await ItemCreationBenchmark.RunAsync(count, TimeSpan.FromMilliseconds(latency), Console.Out);

    default:
        return Usage();
}

TimedProgress? Progress() => args.Contains("--progress") ? new TimedProgress(Console.Error) : null;

int Argument(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: PnpSamtale.Benchmarks items [--count 1000] [--latency-ms 20]");
    Console.Error.WriteLine("       PnpSamtale.Benchmarks provision [--conversations 60,600,3000] [--latency-ms 50] [--throttle-percent 10]");
    Console.Error.WriteLine("       PnpSamtale.Benchmarks reminders [--rounds 10] [--conversations 600] [--latency-ms 50] [--throttle-percent 10] [--progress]");
    Console.Error.WriteLine("       PnpSamtale.Benchmarks shred [--forms 3000] [--latency-ms 50] [--throttle-percent 10] [--progress]");
    Console.Error.WriteLine("       PnpSamtale.Benchmarks functions-startup [--runs 15] [--no-ready-to-run]");
    Console.Error.WriteLine("  items:     creates COUNT list items, once one request per item and once in $batch requests of 100.");
    Console.Error.WriteLine("  provision: provisions a whole NTNU round per size: clean, unchanged, and under THROTTLE % 429s.");
    Console.Error.WriteLine("  reminders: runs DeadlineReminders over ROUNDS active rounds of CONVERSATIONS each, twice the same day;");
    Console.Error.WriteLine("             then on a copy of the tenant under THROTTLE % 429s (0 skips that).");
    Console.Error.WriteLine("  shred:     runs ShredExpiredForms over a round of FORMS expired forms and measures, twice the same day;");
    Console.Error.WriteLine("             then on a copy of the tenant under THROTTLE % 429s (0 skips that).");
    Console.Error.WriteLine("  functions-startup: publishes the Functions app and an empty isolated-worker app the same way (linux-x64,");
    Console.Error.WriteLine("             ReadyToRun unless --no-ready-to-run) and times RUNS starts of each, through the host stand-in, to the");
    Console.Error.WriteLine("             first timer invocation.");
    Console.Error.WriteLine("  --progress: the jobs' progress messages with timestamps on standard error.");
    Console.Error.WriteLine("  Each prints HTTP requests, wall time and the ratio to the lower bound set by batch limits.");
    return 2;
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
