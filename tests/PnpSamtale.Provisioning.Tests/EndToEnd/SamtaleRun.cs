using System.Diagnostics;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>
/// <c>samtale round start</c> as a real process (the CLI built beside the tests) against a local tenant the test serves:
/// the shipped StInn routine and example roster, H2026 with 1.2 on 9 November, as <see cref="RoundFixture"/> designs it.
/// The process can be killed (SIGKILL) from the tenant's side while it runs.
/// </summary>
internal sealed class SamtaleRun : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private SamtaleRun(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Whether the test killed it.</summary>
    public bool Killed { get; private set; }

    /// <summary>Starts <c>round start</c> against <paramref name="tenant"/> as if it were <paramref name="now"/>.</summary>
    public static SamtaleRun Start(Uri tenant, string now)
    {
        var root = RepositoryRoot.Path;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "samtale.dll"), "round", "start",
            "--routine", Path.Combine(root, "templates/routines/stinn-medarbeidersamtaler.yaml"),
            "--roster", Path.Combine(root, "templates/rosters/stinn-eksempel.yaml"),
            "--term", "H2026", "--set", "1.2=2026-11-09",
            "--tenant", tenant.GetLeftPart(UriPartial.Authority), "--site-owner", RoundFixture.SiteOwner, "--now", now,
        })
        {
            start.ArgumentList.Add(arg);
        }

        // Only the settings the test gives: none of the machine's own SharePoint or Samtale settings leak in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("SharePoint__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Samtale__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["SharePoint__Auth"] = "None";
        start.Environment["SharePoint__MaxRetryDelay"] = "00:00:01";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return new SamtaleRun(Process.Start(start)!);
    }

    /// <summary>Runs to the end and returns the exit code and what it printed.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(Uri tenant, string now)
    {
        using var run = Start(tenant, now);
        return await run.WaitAsync();
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no finally block, no lease given back. Waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        Killed = true;
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    /// <summary>Waits for the end (at most two minutes) and returns the exit code and what it printed.</summary>
    public async Task<(int Exit, string Out, string Error)> WaitAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"samtale round start took more than two minutes: {await output}{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => process.Dispose();
}
