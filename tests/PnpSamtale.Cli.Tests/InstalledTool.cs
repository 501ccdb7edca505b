namespace PnpSamtale.Cli.Tests;

/// <summary>
/// The tool as a person installs it: <c>dotnet pack</c> of the command line (once per test run, from the build the
/// tests already made), then <c>dotnet tool install --tool-path</c> from that folder as the only package source, with
/// a package cache of its own so an earlier build of the same version cannot stand in for this one.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly string root = Directory.CreateTempSubdirectory("samtale-tool-").FullName;

    public InstalledTool()
    {
        var feed = Path.Combine(root, "feed");
        var project = Path.Combine(Cli.Root, "provisioning", "PnpSamtale.Cli", "PnpSamtale.Cli.csproj");

        // The tests' own configuration (bin/<Configuration>/net10.0): the command line is built already, so pack does not build.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        // Its own MSBuild, no reused nodes or build server: the 'dotnet test' that runs this must keep its own.
        Run(Dotnet, ["pack", project, "--no-build", "--disable-build-servers", "-nodeReuse:false", "-c", configuration, "-o", feed, $"-p:PublishDir={Path.Combine(root, "publish")}/", $"-p:NuspecOutputPath={Path.Combine(root, "nuspec")}/"], Cli.Root);

        var config = Path.Combine(root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        ToolPath = Path.Combine(root, "tool");
        Run(Dotnet, ["tool", "install", "PnpSamtale.Cli", "--tool-path", ToolPath, "--configfile", config], root);
        Package = Directory.GetFiles(feed, "*.nupkg").Single();
    }

    /// <summary>The folder the tool is installed in (its <c>samtale</c> command is there).</summary>
    public string ToolPath { get; }

    /// <summary>The package.</summary>
    public string Package { get; }

    /// <summary>The <c>dotnet</c> that runs the tests.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs the installed <c>samtale</c> in <paramref name="folder"/>.</summary>
    public (int Exit, string Out, string Error) Samtale(string folder, params string[] args) =>
        SamtaleProcess.Start(Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "samtale.exe" : "samtale"), args, ToolEnvironment(), folder, Limit);

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A local tenant still closing may hold its database; the folder is temporary.
        }
    }

    private Dictionary<string, string> ToolEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(root, "packages"),
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        };

        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a standard place.
        if (Path.IsPathRooted(Dotnet))
        {
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(Dotnet)!;
        }

        return environment;
    }

    private void Run(string program, string[] args, string folder)
    {
        var (exit, output, error) = SamtaleProcess.Start(program, args, ToolEnvironment(), folder, Limit);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({exit}):\n{output}\n{error}");
        }
    }
}
