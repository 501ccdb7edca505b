using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.RecycleBin;

public sealed class RecycleBinEndpointsTests
{
    [Fact]
    public async Task Recycle_ThenSecondStageThenDelete_IsGoneForGood()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("bin");
        var list = await tenant.CreateListAsync(site, "Tiltak");
        var id = await tenant.AddItemAsync(site, list, ("Title", "Tiltak for Kari"));
        var item = $"{site}/_api/web/lists(guid'{list}')/items({id})";

        var recycled = await tenant.PostAsync(item + "/recycle");
        var binId = recycled["value"]!.GetValue<string>();
        var webBin = (await tenant.GetAsync(site + "/_api/web/RecycleBin"))["value"]!.AsArray();
        var moved = await tenant.PostAsync($"{site}/_api/web/RecycleBin('{binId}')/MoveToSecondStage()");
        var webBinAfterMove = (await tenant.GetAsync(site + "/_api/web/RecycleBin"))["value"]!.AsArray();
        var siteBin = (await tenant.GetAsync(site + "/_api/site/RecycleBin"))["value"]!.AsArray();
        var deleted = await tenant.SendAsync(HttpMethod.Delete, $"{site}/_api/site/RecycleBin(guid'{binId}')");
        var siteBinAfter = (await tenant.GetAsync(site + "/_api/site/RecycleBin"))["value"]!.AsArray();

        Assert.True(Guid.TryParse(binId, out _));
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.Http.GetAsync(item)).StatusCode);
        var entry = Assert.Single(webBin)!.AsObject();
        Assert.Equal(binId, entry["Id"]!.GetValue<string>());
        Assert.Equal(1, entry["ItemState"]!.GetValue<int>());
        Assert.Equal(3, entry["ItemType"]!.GetValue<int>());
        Assert.Equal($"{id}_.000", entry["LeafName"]!.GetValue<string>());
        Assert.Equal("sites/bin/Lists/Tiltak", entry["DirName"]!.GetValue<string>());
        Assert.Equal("Tiltak for Kari", entry["Title"]!.GetValue<string>());
        Assert.NotNull(entry["DeletedDate"]);
        Assert.NotNull(entry["DeletedByEmail"]);
        Assert.True(moved["odata.null"]!.GetValue<bool>());
        Assert.Empty(webBinAfterMove);
        Assert.Equal(2, Assert.Single(siteBin)!["ItemState"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsStringAsync());
        Assert.Empty(siteBinAfter);
    }

    [Fact]
    public async Task Recycle_LibraryItem_MovesTheFileAsItemType1()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("bin-file");
        var list = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"{site}/_api/web/GetFolderByServerRelativePath(decodedurl='{site}/Skjema')/Files/AddUsingPath(decodedurl='kari.docx',overwrite=true)", new ByteArrayContent([1, 2, 3])), HttpStatusCode.OK);

        await tenant.PostAsync($"{site}/_api/web/lists(guid'{list}')/items(1)/recycle");
        var entry = Assert.Single((await tenant.GetAsync(site + "/_api/web/RecycleBin"))["value"]!.AsArray())!;
        var file = await tenant.Http.GetAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Skjema/kari.docx')/$value");

        Assert.Equal(1, entry["ItemType"]!.GetValue<int>());
        Assert.Equal("kari.docx", entry["LeafName"]!.GetValue<string>());
        Assert.Equal("3", entry["Size"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Fact]
    public async Task DeleteByIds_SeveralEntries_RemovesThemAll()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("bin-many");
        var list = await tenant.CreateListAsync(site, "Tiltak");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = await tenant.AddItemAsync(site, list, ("Title", "t" + i));
            ids.Add((await tenant.PostAsync($"{site}/_api/web/lists(guid'{list}')/items({id})/recycle"))["value"]!.GetValue<string>());
        }

        var result = await tenant.PostAsync(site + "/_api/site/RecycleBin/DeleteByIds", new { ids = ids.Take(2) });
        var left = (await tenant.GetAsync(site + "/_api/site/RecycleBin"))["value"]!.AsArray();

        Assert.True(result["odata.null"]!.GetValue<bool>());
        Assert.Equal([ids[2]], left.Select(e => e!["Id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Delete_MissingBinItem_Answers404()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("bin-404");

        var response = await tenant.SendAsync(HttpMethod.Delete, $"{site}/_api/web/RecycleBin('{Guid.NewGuid()}')");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.NotFound, "-2147024809, System.ArgumentException", "Value does not fall within the expected range.");
    }

    [Fact]
    public async Task WebBin_FilterOnLeafName_AnswersTheMatch()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("bin-filter");
        var list = await tenant.CreateListAsync(site, "Tiltak");
        foreach (var title in new[] { "a", "b" })
        {
            var id = await tenant.AddItemAsync(site, list, ("Title", title));
            await tenant.PostAsync($"{site}/_api/web/lists(guid'{list}')/items({id})/recycle");
        }

        var match = await tenant.GetAsync(site + "/_api/web/RecycleBin?$filter=" + Uri.EscapeDataString("LeafName eq '2_.000'"));

        Assert.Equal("b", Assert.Single(match["value"]!.AsArray())!["Title"]!.GetValue<string>());
        Assert.IsType<JsonArray>(match["value"]);
    }
}
