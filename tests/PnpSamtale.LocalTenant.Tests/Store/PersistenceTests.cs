namespace PnpSamtale.LocalTenant.Tests.Store;

public sealed class PersistenceTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "pnpsamtale-localtenant-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_WithDataDirectory_KeepsSitesListsItemsAndBin()
    {
        string list;
        string binId;
        await using (var first = await TestTenant.StartAsync(o => o.DataDirectory = directory))
        {
            var site = await first.CreateSiteAsync("varig");
            list = await first.CreateListAsync(site, "Samtaler");
            await first.AddItemAsync(site, list, ("Title", "beholdes"));
            var gone = await first.AddItemAsync(site, list, ("Title", "i papirkurven"));
            binId = (await first.PostAsync($"{site}/_api/web/lists(guid'{list}')/items({gone})/recycle"))["value"]!.GetValue<string>();
        }

        await using var second = await TestTenant.StartAsync(o => o.DataDirectory = directory);
        var items = await second.GetAsync($"/sites/varig/_api/web/lists(guid'{list}')/items?$select=Title");
        var bin = await second.GetAsync("/sites/varig/_api/web/RecycleBin");
        var next = await second.AddItemAsync("/sites/varig", list, ("Title", "ny"));

        Assert.True(File.Exists(Path.Combine(directory, LocalTenantOptions.DatabaseFileName)));
        Assert.Equal(["beholdes"], items["value"]!.AsArray().Select(i => i!["Title"]!.GetValue<string>()));
        Assert.Equal(binId, Assert.Single(bin["value"]!.AsArray())!["Id"]!.GetValue<string>());
        Assert.Equal(3, next);
    }

    [Fact]
    public async Task Restart_StoreFromBeforeColumnFormatting_GainsTheColumnAndKeepsItsFields()
    {
        string list;
        await using (var first = await TestTenant.StartAsync(o => o.DataDirectory = directory))
        {
            var site = await first.CreateSiteAsync("eldre");
            list = await first.CreateListAsync(site, "Samtaler");
        }

        // An older local tenant wrote the fields table without the custom_formatter column.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(directory, LocalTenantOptions.DatabaseFileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE fields DROP COLUMN custom_formatter";
            command.ExecuteNonQuery();
        }

        await using var second = await TestTenant.StartAsync(o => o.DataDirectory = directory);
        var merge = await Lists.FieldEndpointsTests.MergeAsync(second, $"/sites/eldre/_api/web/lists(guid'{list}')/fields/getbyinternalnameortitle('Status')", new { CustomFormatter = "{\"elmType\":\"div\"}" });
        var fields = (await second.GetAsync($"/sites/eldre/_api/web/lists(guid'{list}')/fields?$select=InternalName,CustomFormatter"))["value"]!.AsArray();

        Assert.Equal(System.Net.HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal("{\"elmType\":\"div\"}", fields.Single(f => f!["InternalName"]!.GetValue<string>() == "Status")!["CustomFormatter"]!.GetValue<string>());
        Assert.Null(fields.Single(f => f!["InternalName"]!.GetValue<string>() == "Kode")!["CustomFormatter"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
