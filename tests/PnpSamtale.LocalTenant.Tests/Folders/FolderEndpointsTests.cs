using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Folders;

/// <summary>Folders in a generic list: created as items with UnderlyingObjectType 1, items placed in them by FolderPath.</summary>
public sealed class FolderEndpointsTests
{
    private const string Select = "$select=Id,Title,FileLeafRef,FileDirRef,FileRef,FSObjType,FileSystemObjectType,ContentTypeId";

    [Fact]
    public async Task CreateFolder_ListWithoutFolderCreation_Answers400AndCreatesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-off", enableFolders: false);

        var response = await list.AddAsync(FolderTestList.FolderBody("samtale-1"));
        var items = await tenant.GetAsync(list.List + "/items");
        var settings = await tenant.GetAsync(list.List + "?$select=EnableFolderCreation");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "-2146232832, Microsoft.SharePoint.SPException", "Folders cannot be created in the list 'Tiltak': its EnableFolderCreation is false.");
        Assert.Empty(items["value"]!.AsArray());
        Assert.False(settings["EnableFolderCreation"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CreateFolder_AnswersAnEntryPerValueAndTheId_AndTheFolderIsAnItemWithFSObjType1()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-create");

        var answer = await TestTenant.ExpectAsync(await list.AddAsync(FolderTestList.FolderBody("samtale-1")), HttpStatusCode.OK);
        var id = FolderTestList.NewId(answer);
        var folder = await tenant.GetAsync($"{list.Item(id)}?{Select}");
        var enabled = await tenant.GetAsync(list.List + "?$select=EnableFolderCreation");

        Assert.Equal(["Title", "FileLeafRef", "ContentTypeId", "Id"], answer["value"]!.AsArray().Select(e => e!["FieldName"]!.GetValue<string>()));
        Assert.All(answer["value"]!.AsArray(), e => Assert.False(e!["HasException"]!.GetValue<bool>()));
        Assert.Equal("1", folder["FSObjType"]!.GetValue<string>());
        Assert.Equal(1, folder["FileSystemObjectType"]!.GetValue<int>());
        Assert.StartsWith("0x0120", folder["ContentTypeId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("samtale-1", "samtale-1"), (folder["Title"]!.GetValue<string>(), folder["FileLeafRef"]!.GetValue<string>()));
        Assert.Equal(list.Root, folder["FileDirRef"]!.GetValue<string>());
        Assert.Equal(list.Root + "/samtale-1", folder["FileRef"]!.GetValue<string>());
        Assert.True(enabled["EnableFolderCreation"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CreateFolder_NameTakenInAnyCase_MarksFileLeafRefAndCreatesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-taken");
        await list.AddFolderAsync("samtale-1");

        var answer = await TestTenant.ExpectAsync(await list.AddAsync(FolderTestList.FolderBody("SAMTALE-1")), HttpStatusCode.OK);
        var items = await tenant.GetAsync(list.List + "/items?$select=Id");

        var leaf = answer["value"]!.AsArray().Single(e => e!["FieldName"]!.GetValue<string>() == "FileLeafRef")!;
        Assert.True(leaf["HasException"]!.GetValue<bool>());
        Assert.Equal(-2130575257, leaf["ErrorCode"]!.GetValue<int>());
        Assert.Equal($"A file or folder with the name {list.Root}/SAMTALE-1 already exists.", leaf["ErrorMessage"]!.GetValue<string>());
        Assert.DoesNotContain(answer["value"]!.AsArray(), e => e!["FieldName"]!.GetValue<string>() == "Id");
        Assert.Single(items["value"]!.AsArray());
    }

    [Fact]
    public async Task CreateFolder_NameWithAForbiddenCharacter_MarksFileLeafRefAsInvalidNotTaken()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-invalid");

        var answer = await TestTenant.ExpectAsync(await list.AddAsync(FolderTestList.FolderBody("samtale:1")), HttpStatusCode.OK);

        var leaf = answer["value"]!.AsArray().Single(e => e!["FieldName"]!.GetValue<string>() == "FileLeafRef")!;
        Assert.True(leaf["HasException"]!.GetValue<bool>());
        Assert.NotEqual(-2130575257, leaf["ErrorCode"]!.GetValue<int>());
        Assert.Empty((await tenant.GetAsync(list.List + "/items"))["value"]!.AsArray());
    }

    [Fact]
    public async Task AddItem_InAFolder_ByAbsoluteOrServerRelativePath_HasTheFolderAsFileDirRef()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-items");
        await list.AddFolderAsync("samtale-1");
        var absolute = new Uri(tenant.Server.BaseUri, list.Root.TrimStart('/') + "/samtale-1").AbsoluteUri;

        var viaAbsolute = await list.AddItemInAsync(absolute, "Tiltak A");
        var viaRelative = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak B");
        var inRoot = await tenant.AddItemAsync(list.Site, list.ListId, ("Title", "I roten"));
        var a = await tenant.GetAsync($"{list.Item(viaAbsolute)}?{Select}");
        var b = await tenant.GetAsync($"{list.Item(viaRelative)}?{Select}");
        var root = await tenant.GetAsync($"{list.Item(inRoot)}?{Select}");

        Assert.Equal(list.Root + "/samtale-1", a["FileDirRef"]!.GetValue<string>());
        Assert.Equal(list.Root + "/samtale-1", b["FileDirRef"]!.GetValue<string>());
        Assert.Equal($"{list.Root}/samtale-1/{viaAbsolute}_.000", a["FileRef"]!.GetValue<string>());
        Assert.Equal("0", a["FSObjType"]!.GetValue<string>());
        Assert.StartsWith("0x0100", a["ContentTypeId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(list.Root, root["FileDirRef"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddItem_InAFolderThatDoesNotExist_Answers404AndCreatesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-missing");

        var response = await list.AddAsync(FolderTestList.ItemBody(list.Root + "/finnes-ikke", ("Title", "x")));
        var items = await tenant.GetAsync(list.List + "/items");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.NotFound, "-2130575338, Microsoft.SharePoint.SPException", $"The file {list.Root}/finnes-ikke does not exist.");
        Assert.Empty(items["value"]!.AsArray());
    }

    [Fact]
    public async Task QueryItems_ReturnsTheFoldersAndTheItemsOfEveryFolder()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-query");
        var one = await list.AddFolderAsync("samtale-1");
        var two = await list.AddFolderAsync("samtale-2");
        var nested = await list.AddFolderAsync("under", list.Root + "/samtale-2");
        var a = await list.AddItemInAsync(list.Root + "/samtale-1", "A");
        var b = await list.AddItemInAsync(list.Root + "/samtale-2/under", "B");
        var c = await tenant.AddItemAsync(list.Site, list.ListId, ("Title", "C"));

        var page = await tenant.GetAsync(list.List + "/items?$select=Id,FSObjType,FileDirRef&$top=5000");

        var rows = page["value"]!.AsArray().Select(i => (Id: i!["Id"]!.GetValue<int>(), Type: i["FSObjType"]!.GetValue<string>(), Dir: i["FileDirRef"]!.GetValue<string>())).ToList();
        Assert.Equal([one, two, nested, a, b, c], rows.Select(r => r.Id));
        Assert.Equal(["1", "1", "1", "0", "0", "0"], rows.Select(r => r.Type));
        Assert.Equal(list.Root + "/samtale-2/under", rows.Single(r => r.Id == b).Dir);
        Assert.Equal(list.Root + "/samtale-2", rows.Single(r => r.Id == nested).Dir);
    }

    [Fact]
    public async Task GetFolderByServerRelativePath_GivesTheFolderAndItsListItem_RootFolderTheList()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-get");
        var id = await list.AddFolderAsync("samtale-1");
        await list.AddItemInAsync(list.Root + "/samtale-1", "A");

        var folder = await tenant.GetAsync($"{list.Site}/_api/web/GetFolderByServerRelativePath(decodedurl='{list.Root}/samtale-1')");
        var item = await tenant.GetAsync($"{list.Site}/_api/web/GetFolderByServerRelativePath(decodedurl='{list.Root}/samtale-1')/ListItemAllFields?$select=Id,FileRef");
        var root = await tenant.GetAsync($"{list.List}/RootFolder?$select=ServerRelativeUrl,Name");
        var missing = await tenant.SendAsync(HttpMethod.Get, $"{list.Site}/_api/web/GetFolderByServerRelativePath(decodedurl='{list.Root}/samtale-9')/ListItemAllFields");

        Assert.Equal(("samtale-1", list.Root + "/samtale-1", 1), (folder["Name"]!.GetValue<string>(), folder["ServerRelativeUrl"]!.GetValue<string>(), folder["ItemCount"]!.GetValue<int>()));
        Assert.True(folder["Exists"]!.GetValue<bool>());
        Assert.Equal(id, item["Id"]!.GetValue<int>());
        Assert.Equal(list.Root + "/samtale-1", item["FileRef"]!.GetValue<string>());
        Assert.Equal((list.Root, "Tiltak"), (root["ServerRelativeUrl"]!.GetValue<string>(), root["Name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task EnableFolderCreation_OtherPropertiesOrWithoutManageLists_AreRefused()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-merge", enableFolders: false);
        await tenant.PostAsync($"{list.Site}/_api/web/sitegroups/getbyname('Runde Visitors')/users", new { LoginName = "i:0#.f|membership|kari@stinn.no" }, HttpStatusCode.Created);

        var other = await list.MergeListAsync(new { __metadata = new { type = "SP.List" }, Title = "Nytt navn" });
        var reader = await list.MergeListAsync(new { __metadata = new { type = "SP.List" }, EnableFolderCreation = true }, actAs: "kari@stinn.no");
        var settings = await tenant.GetAsync(list.List + "?$select=EnableFolderCreation,Title");

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.False(settings["EnableFolderCreation"]!.GetValue<bool>());
        Assert.Equal("Tiltak", settings["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task FolderAndItemInIt_InOneBatch_GoThroughTheSamePipeline()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-batch");
        var url = tenant.Server.BaseUri.AbsoluteUri.TrimEnd('/') + list.List + "/AddValidateUpdateItemUsingPath";
        string Part(object body) =>
            $"--changeset_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPOST {url} HTTP/1.1\r\nAccept: application/json;odata=nometadata\r\nContent-Type: application/json;odata=verbose\r\nIf-Match: *\r\n\r\n{System.Text.Json.JsonSerializer.Serialize(body)}\r\n";
        var batch = "--batch_1\r\nContent-Type: multipart/mixed; boundary=\"changeset_1\"\r\n\r\n"
            + Part(FolderTestList.FolderBody("samtale-1"))
            + Part(FolderTestList.ItemBody(list.Root + "/samtale-1", ("Title", "A")))
            + Part(FolderTestList.ItemBody(list.Root + "/samtale-2", ("Title", "B")))
            + "--changeset_1--\r\n--batch_1--\r\n";

        var response = await tenant.Http.PostAsync(list.Site + "/_api/$batch", Batch.SharePointBatchTests.Multipart(batch, "batch_1"));
        var text = await response.Content.ReadAsStringAsync();
        var page = await tenant.GetAsync(list.List + "/items?$select=Id,FileDirRef");

        Assert.Equal(["200 OK", "200 OK", "404 Not Found"], text.Split("\r\n").Where(l => l.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)).Select(l => l["HTTP/1.1 ".Length..]));
        Assert.Equal([list.Root, list.Root + "/samtale-1"], page["value"]!.AsArray().Select(i => i!["FileDirRef"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HtmlView_ShowsFoldersAndTheFolderOfEachItem()
    {
        await using var tenant = await TestTenant.StartAsync();
        var list = await FolderTestList.CreateAsync(tenant, "folders-html");
        await list.AddFolderAsync("samtale-1");
        await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak i mappen");

        var html = await tenant.Http.GetStringAsync("/");

        Assert.Contains("<th>Folder</th>", html, StringComparison.Ordinal);
        Assert.Contains("samtale-1 (folder)", html, StringComparison.Ordinal);
        Assert.Contains("<td>Tiltak i mappen</td><td>samtale-1</td>", html, StringComparison.Ordinal);
    }
}
