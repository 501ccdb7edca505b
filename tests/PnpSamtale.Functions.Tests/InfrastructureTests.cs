using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// infra/ compiles and lints clean with the Bicep compiler, and deploys what the handler and the functions need:
/// the custom runtime on Flex Consumption, every app setting the start-up check requires, and every queue a
/// function.json names.
/// </summary>
public sealed class InfrastructureTests
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
    public void Template_DeploysTheCustomRuntime_TheSettingsTheHandlerRequires_AndTheQueues()
    {
        var (code, template) = Bicep("build", Path.Combine(Infra, "main.bicep"), "--stdout");
        Assert.True(code == 0, template);
        Assert.Contains("'FlexConsumption'", template.Replace("\"", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"""runtime"":\s*\{\s*""name"":\s*""custom"",\s*""version"":\s*""1\.0""", template);
        foreach (var setting in new[]
        {
            "SharePoint__TenantUrl", "SharePoint__Auth", "SharePoint__ManagedIdentityClientId", "SharePoint__CertificateBase64",
            "Samtale__SiteOwner", "Samtale__MailSender", "Samtale__Api__Authentication", "Samtale__Api__TenantId", "Samtale__Api__Audience",
            "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
        })
        {
            Assert.Contains(setting, template, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("WEBSITE_TIME_ZONE", template, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "functions", "app"), "function.json", SearchOption.AllDirectories))
        {
            using var function = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var binding in function.RootElement.GetProperty("bindings").EnumerateArray())
            {
                if (binding.TryGetProperty("queueName", out var queue))
                {
                    Assert.Contains(queue.GetString()!, template, StringComparison.Ordinal);
                    Assert.Contains(queue.GetString()! + "-poison", template, StringComparison.Ordinal);
                }
            }
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
