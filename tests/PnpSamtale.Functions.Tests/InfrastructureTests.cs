using System.Diagnostics;
using System.Reflection;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// infra/ compiles and lints clean with the Bicep compiler, and deploys what the worker and the functions need:
/// the dotnet-isolated 10.0 runtime on Flex Consumption, every app setting the start-up check requires, and every
/// queue the package's functions.metadata names, with its poison queue.
/// </summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class InfrastructureTests(FunctionsAppFixture app)
{
    private static readonly string Infra = Path.Combine(RepositoryRoot.Path, "infra");

    [Fact]
    public void MainBicep_BuildsAndLintsWithoutWarnings()
    {
        var (code, output) = Bicep("lint", Path.Combine(Infra, "main.bicep"));
        Assert.True(code == 0 && !output.Contains("Warning", StringComparison.OrdinalIgnoreCase), output);
        (code, output) = Bicep("build-params", Path.Combine(Infra, "main.bicepparam"), "--stdout");
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Template_DeploysTheIsolatedRuntime_TheSettingsTheWorkerRequires_AndTheQueues()
    {
        var (code, template) = Bicep("build", Path.Combine(Infra, "main.bicep"), "--stdout");
        Assert.True(code == 0, template);
        Assert.Contains("'FlexConsumption'", template.Replace("\"", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"""runtime"":\s*\{\s*""name"":\s*""dotnet-isolated"",\s*""version"":\s*""10\.0""", template);
        foreach (var setting in new[]
        {
            "SharePoint__TenantUrl", "SharePoint__Auth", "SharePoint__ManagedIdentityClientId", "SharePoint__CertificateBase64",
            "Samtale__SiteOwner", "Samtale__MailSender", "Samtale__Api__Authentication", "AzureAd__Instance", "AzureAd__TenantId", "AzureAd__ClientId", "AzureAd__Audience",
            "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
        })
        {
            Assert.Contains(setting, template, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("WEBSITE_TIME_ZONE", template, StringComparison.Ordinal);
        Assert.DoesNotContain("Samtale__SimulatedClock", template, StringComparison.Ordinal);
        var queues = MetadataFunction.Read(app.Package.PathOf("functions.metadata")).SelectMany(f => f.OutputQueues.Append(f.QueueName ?? string.Empty)).Where(q => q.Length > 0).ToHashSet();
        Assert.Equal(["samtale-rounds"], queues);
        foreach (var queue in queues)
        {
            Assert.Contains($"'{queue}'", template.Replace("\"", "'", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains($"'{queue}-poison'", template.Replace("\"", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static (int Code, string Output) Bicep(params string[] arguments)
    {
        var cli = typeof(InfrastructureTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
        Assert.True(File.Exists(cli), $"The Bicep compiler is not at {cli}; restore the test project.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(cli, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
