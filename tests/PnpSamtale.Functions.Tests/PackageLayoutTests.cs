using System.IO.Compression;
using System.Text.Json;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Functions.Tests;

/// <summary>The zip <c>functions/publish.sh</c> makes is what the Functions host expects to find in wwwroot.</summary>
[Collection(PackageGroup.Name)]
public sealed class PackageLayoutTests(PublishedPackage package)
{
    private const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    [Fact]
    public void Zip_HasHostJsonAtTheRoot_OneFolderPerFunction_AndTheHandler()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("host.json", names);
        var expected = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "functions", "app")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var folders = names.Where(n => n.EndsWith("/function.json", StringComparison.Ordinal)).Select(n => n.Split('/')[0]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["DeadlineReminders", "ProvisionRound", "Reconcile", "RoundKickoff", "RoundStatus", "ShredExpiredForms", "StartRound"], folders);
        Assert.Equal(expected, folders);
        Assert.All(names.Where(n => n.EndsWith("/function.json", StringComparison.Ordinal)), n => Assert.Equal(2, n.Split('/').Length));

        using var host = JsonDocument.Parse(zip.GetEntry("host.json")!.Open());
        var description = host.RootElement.GetProperty("customHandler").GetProperty("description");
        var executable = description.GetProperty("defaultExecutablePath").GetString()!;
        Assert.Contains(executable, names);
        Assert.Equal("handler", description.GetProperty("workingDirectory").GetString());
        Assert.Contains("handler/templates/site/blueprint.yaml", names);
        Assert.Contains("handler/templates/routines/stinn-medarbeidersamtaler.yaml", names);
    }

    [Fact]
    public void Zip_TheHandlerIsExecutable_InTheZipAndWhenUnpacked()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var handler = zip.GetEntry("handler/samtale-functions")!;
        var mode = (UnixFileMode)((handler.ExternalAttributes >> 16) & 0x1FF);
        Assert.True((mode & UnixFileMode.UserExecute) != 0, $"handler/samtale-functions is stored without +x ({mode}).");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(Execute, File.GetUnixFileMode(package.Handler) & Execute);
        }
    }

    [Fact]
    public void Zip_HasNoTestOrBuildLeftovers_AndIsSelfContained()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        var files = zip.Entries.Select(e => e.Name).ToList();
        Assert.DoesNotContain(files, f => f.Contains(".Tests.", StringComparison.OrdinalIgnoreCase) || f.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("testhost", StringComparison.OrdinalIgnoreCase) || f.StartsWith("Microsoft.TestPlatform", StringComparison.OrdinalIgnoreCase)
            || f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) || f == "local.settings.json");
        Assert.Contains("libcoreclr.so", files);
        Assert.Contains("Microsoft.AspNetCore.dll", files);
        Assert.Contains("samtale-functions.dll", files);
    }
}
