using System.Diagnostics;
using System.IO.Compression;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The package <c>functions/publish.sh</c> makes, built once per test run into a temporary folder, and unpacked from
/// the zip (not taken from the script's staging folder), so the tests run what a deployment would run.
/// </summary>
internal sealed class PublishedPackage : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("samtale-package-").FullName;

    public PublishedPackage()
    {
        var script = Path.Combine(RepositoryRoot.Path, "functions", "publish.sh");
        var start = new ProcessStartInfo("bash", [script, "--out", Path.Combine(root, "dist")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("functions/publish.sh took more than 10 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"functions/publish.sh failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }

        ZipPath = Path.Combine(root, "dist", "pnpsamtale-functions.zip");
        AppRoot = Path.Combine(root, "wwwroot");
        ZipFile.ExtractToDirectory(ZipPath, AppRoot);
    }

    /// <summary>The zip.</summary>
    public string ZipPath { get; }

    /// <summary>The zip unpacked, as the host's script root (<c>/home/site/wwwroot</c>).</summary>
    public string AppRoot { get; }

    /// <summary>A file of the unpacked package.</summary>
    public string PathOf(string relative) => Path.Combine(AppRoot, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A worker still shutting down may hold a file; the folder is temporary.
        }
    }
}
