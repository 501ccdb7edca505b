using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace PnpSamtale.Functions.Tests;

/// <summary>The zip <c>functions/publish.sh</c> makes is what the Functions host expects in wwwroot for a .NET isolated app.</summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class PackageLayoutTests(FunctionsAppFixture app)
{
    [Fact]
    public void Zip_HasTheIsolatedWorkerLayoutAtItsRoot()
    {
        using var zip = ZipFile.OpenRead(app.Package.ZipPath);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in new[] { "host.json", "functions.metadata", "worker.config.json", "samtale-functions.dll", "samtale-functions.deps.json", "samtale-functions.runtimeconfig.json", "extensions.json" })
        {
            Assert.Contains(file, names);
        }

        Assert.Contains("templates/site/blueprint.yaml", names);
        Assert.Contains("templates/routines/stinn-medarbeidersamtaler.yaml", names);
        Assert.Contains(names, n => n.StartsWith(".azurefunctions/", StringComparison.Ordinal) && n.EndsWith("Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.EndsWith("function.json", StringComparison.Ordinal));
    }

    [Fact]
    public void HostJson_IsolatedWorker_NoCustomHandler_QueuesPoisonAfterFive()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(app.Package.PathOf("host.json")));
        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
        Assert.False(host.RootElement.TryGetProperty("extensionBundle", out _));
        var extensions = host.RootElement.GetProperty("extensions");
        Assert.Equal("api", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal(5, extensions.GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public void WorkerConfig_StartsTheWorkerWithDotnet_ForTheDotnetIsolatedRuntime()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(app.Package.PathOf("worker.config.json")));
        var description = config.RootElement.GetProperty("description");
        Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        Assert.True(File.Exists(app.Package.PathOf(description.GetProperty("defaultWorkerPath").GetString()!)));
        Assert.Equal("true", description.GetProperty("workerIndexing").GetString());
    }

    [Fact]
    public void FunctionsMetadata_ListsTheSevenFunctions_WithTheirTriggersSchedulesQueuesAndRoutes()
    {
        var functions = MetadataFunction.Read(app.Package.PathOf("functions.metadata")).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                new("DeadlineReminders", "timerTrigger", "0 0 5,6 * * 1-5", null, null, []),
                new("ProvisionRound", "queueTrigger", null, "samtale-rounds", null, []),
                new("Reconcile", "timerTrigger", "0 */15 * * * *", null, null, []),
                new("RoundKickoff", "timerTrigger", "0 0 4 * * *", null, null, ["samtale-rounds"]),
                new("RoundStatus", "httpTrigger", null, null, "rounds/{term}", []),
                new("ShredExpiredForms", "timerTrigger", "0 30 1 * * *", null, null, []),
                new("StartRound", "httpTrigger", null, null, "rounds", ["samtale-rounds"]),
            ],
            functions,
            new MetadataComparer());
    }

    [Fact]
    public void Zip_ReadyToRun_AndNoTestOrBuildLeftovers()
    {
        using var zip = ZipFile.OpenRead(app.Package.ZipPath);
        var files = zip.Entries.Select(e => e.Name).ToList();
        Assert.DoesNotContain(files, f => f.Contains(".Tests.", StringComparison.OrdinalIgnoreCase) || f.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("testhost", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) || f == "local.settings.json");
        using var worker = new PEReader(File.OpenRead(app.Package.PathOf("samtale-functions.dll")));
        Assert.True(worker.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "samtale-functions.dll is not ReadyToRun.");
    }

    private sealed class MetadataComparer : IEqualityComparer<MetadataFunction>
    {
        public bool Equals(MetadataFunction? x, MetadataFunction? y) =>
            x is not null && y is not null && (x.Name, x.TriggerType, x.Schedule, x.QueueName, x.Route) == (y.Name, y.TriggerType, y.Schedule, y.QueueName, y.Route) && x.OutputQueues.SequenceEqual(y.OutputQueues);

        public int GetHashCode(MetadataFunction obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
