using System.Diagnostics;

namespace PnpSamtale.Cli.Tests;

/// <summary>
/// Runs <c>samtale</c> as a process, as a person does: its own environment (the <c>SharePoint__*</c> settings), its own
/// working folder, and what a crash would look like (exit 134, a stack trace on standard error).
/// </summary>
internal static class SamtaleProcess
{
    /// <summary>The command line built beside the tests (the CLI project's output is copied here).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "samtale.dll");

    public static (int Exit, string Out, string Error) Run(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args) =>
        Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Dll, .. args], environment, workingDirectory, TimeSpan.FromMinutes(2));

    /// <summary>Runs <c>samtale</c> and hands its process to <paramref name="started"/> as soon as it runs (so a test can kill it).</summary>
    public static (int Exit, string Out, string Error) Run(IReadOnlyDictionary<string, string> environment, string workingDirectory, Action<Process> started, params string[] args) =>
        Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Dll, .. args], environment, workingDirectory, TimeSpan.FromMinutes(2), started);

    /// <summary>Starts a program, waits for it and returns what it printed; kills it (and fails) after <paramref name="limit"/>.</summary>
    public static (int Exit, string Out, string Error) Start(
        string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory, TimeSpan limit, Action<Process>? started = null)
    {
        using var running = Launch(program, args, environment, workingDirectory);
        started?.Invoke(running.Process);
        if (!running.Process.WaitForExit(limit))
        {
            running.Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} took more than {limit}: {running.Output.Result}{running.Error.Result}");
        }

        running.Process.WaitForExit();
        return (running.Process.ExitCode, running.Output.Result, running.Error.Result);
    }

    /// <summary>Starts <c>samtale</c> and returns at once: the process (to wait for, or to kill) and what it prints.</summary>
    public static Running Launch(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args) =>
        Launch(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Dll, .. args], environment, workingDirectory);

    private static Running Launch(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };

        // Only the settings the test gives: none of the machine's own SharePoint or Samtale settings leak in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("SharePoint__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Samtale__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("AZURE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>A started process and what it prints (complete once it has exited).</summary>
    public sealed record Running(Process Process, Task<string> Output, Task<string> Error) : IDisposable
    {
        public void Dispose() => Process.Dispose();
    }
}
