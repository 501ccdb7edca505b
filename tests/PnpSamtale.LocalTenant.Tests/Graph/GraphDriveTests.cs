using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Graph;

public sealed class GraphDriveTests
{
    [Fact]
    public async Task Upload_NewThenSameName_Answers201Then200AndIsOneLibraryItemWithTheNewBytes()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive");
        var list = await tenant.CreateListAsync(site, "Samtaleskjema", "documentLibrary");
        var url = $"/v1.0/sites/{await GraphSiteIdAsync(tenant, site)}/lists/{list}/drive/root:/kari.json:/content";

        var created = await TestTenant.ExpectAsync(await tenant.Http.PutAsync(url, Bytes("{\"v\":1}")), HttpStatusCode.Created);
        var replaced = await TestTenant.ExpectAsync(await tenant.Http.PutAsync(url, Bytes("{\"v\":22}")), HttpStatusCode.OK);
        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Id,FileLeafRef,HasUniqueRoleAssignments");
        var versions = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items(1)/versions");
        var content = await tenant.Http.GetStringAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Samtaleskjema/kari.json')/$value");

        Assert.Equal(["createdDateTime", "file", "id", "lastModifiedDateTime", "name", "size", "webUrl"], created.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("kari.json", created["name"]!.GetValue<string>());
        Assert.Equal(7, created["size"]!.GetValue<long>());
        Assert.Equal("application/json", created["file"]!["mimeType"]!.GetValue<string>());
        Assert.Equal(tenant.Server.SiteUrl("drive").AbsoluteUri + "/Samtaleskjema/kari.json", created["webUrl"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(created["createdDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(created["id"]!.GetValue<string>(), replaced["id"]!.GetValue<string>());
        Assert.Equal(8, replaced["size"]!.GetValue<long>());
        var item = Assert.Single(items["value"]!.AsArray())!;
        Assert.Equal("kari.json", item["FileLeafRef"]!.GetValue<string>());
        Assert.False(item["HasUniqueRoleAssignments"]!.GetValue<bool>());
        Assert.Equal(2, versions["value"]!.AsArray().Count);
        Assert.Equal("{\"v\":22}", content);
    }

    [Fact]
    public async Task Upload_WithConflictBehaviorFail_OnATakenName_Answers409AndLeavesTheFileAsItWas()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive-fail");
        var list = await tenant.CreateListAsync(site, "Samtaleskjema", "documentLibrary");
        var url = $"/v1.0/sites/{await GraphSiteIdAsync(tenant, site)}/lists/{list}/drive/root:/kari.json:/content?@microsoft.graph.conflictBehavior=fail";

        await TestTenant.ExpectAsync(await tenant.Http.PutAsync(url, Bytes("{\"v\":1}")), HttpStatusCode.Created);
        var refused = await TestTenant.ExpectAsync(await tenant.Http.PutAsync(url, Bytes("{\"v\":22}")), HttpStatusCode.Conflict);
        var versions = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items(1)/versions");
        var content = await tenant.Http.GetStringAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Samtaleskjema/kari.json')/$value");

        Assert.Equal("nameAlreadyExists", refused["error"]!["code"]!.GetValue<string>());
        Assert.Single(versions["value"]!.AsArray());
        Assert.Equal("{\"v\":1}", content);
    }

    [Fact]
    public async Task Upload_NameWithApostropheAndSpace_IsStoredUnderThatName()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive-name");
        var list = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var name = Uri.EscapeDataString("Kari's skjema.txt");

        var file = await TestTenant.ExpectAsync(
            await tenant.Http.PutAsync($"/v1.0/sites/{await GraphSiteIdAsync(tenant, site)}/lists/{list}/drive/root:/{name}:/content", Bytes("hei")),
            HttpStatusCode.Created);

        Assert.Equal("Kari's skjema.txt", file["name"]!.GetValue<string>());
        Assert.Equal("text/plain", file["file"]!["mimeType"]!.GetValue<string>());
        Assert.EndsWith("/Skjema/Kari%27s%20skjema.txt", file["webUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_UnknownList_Answers404ItemNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive-404");

        var response = await tenant.Http.PutAsync($"/v1.0/sites/{await GraphSiteIdAsync(tenant, site)}/lists/{Guid.NewGuid()}/drive/root:/a.txt:/content", Bytes("x"));

        var error = await TestTenant.ExpectAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("itemNotFound", error["error"]!["code"]!.GetValue<string>());
        Assert.NotNull(error["error"]!["innerError"]!["request-id"]);
    }

    [Fact]
    public async Task Upload_GenericList_Answers400InvalidRequestAndStoresNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive-list");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var response = await tenant.Http.PutAsync($"/v1.0/sites/{await GraphSiteIdAsync(tenant, site)}/lists/{list}/drive/root:/a.txt:/content", Bytes("x"));
        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items");

        var error = await TestTenant.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("invalidRequest", error["error"]!["code"]!.GetValue<string>());
        Assert.Empty(items["value"]!.AsArray());
    }

    [Fact]
    public async Task Batch_Uploads_TakeBase64BodiesAndAnswerBase64Bodies()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive-batch");
        var library = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var siteId = await GraphSiteIdAsync(tenant, site);
        var binary = new Dictionary<string, string> { ["Content-Type"] = "application/octet-stream" };
        var batch = new
        {
            requests = new object[]
            {
                new { id = "1", method = "PUT", url = $"/sites/{siteId}/lists/{library}/drive/root:/a.txt:/content", headers = binary, body = Convert.ToBase64String("hei på deg"u8.ToArray()) },
                new { id = "2", method = "PUT", url = $"/sites/{siteId}/lists/{list}/drive/root:/b.txt:/content", headers = binary, body = Convert.ToBase64String([1, 2]) },
                new { id = "3", method = "GET", url = $"/sites/{siteId}" },
            },
        };

        var result = await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json")), HttpStatusCode.OK);
        var responses = result["responses"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var content = await tenant.Http.GetStringAsync($"{site}/_api/web/GetFileByServerRelativePath(decodedurl='{site}/Skjema/a.txt')/$value");

        Assert.Equal([201, 400, 200], responses.Select(r => r["status"]!.GetValue<int>()));
        var uploaded = Decode(responses[0]["body"]!);
        Assert.Equal("a.txt", uploaded["name"]!.GetValue<string>());
        Assert.Equal(Encoding.UTF8.GetByteCount("hei på deg"), uploaded["size"]!.GetValue<long>());
        Assert.Equal("invalidRequest", Decode(responses[1]["body"]!)["error"]!["code"]!.GetValue<string>());
        Assert.IsType<JsonObject>(responses[2]["body"]);
        Assert.Equal("hei på deg", content);
    }

    [Fact]
    public async Task Batch_BinaryBodyThatIsNotBase64_Answers400NamingTheRequest()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("drive-b64");
        var library = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var siteId = await GraphSiteIdAsync(tenant, site);
        var batch = new
        {
            requests = new object[]
            {
                new { id = "up", method = "PUT", url = $"/sites/{siteId}/lists/{library}/drive/root:/a.txt:/content", headers = new Dictionary<string, string> { ["Content-Type"] = "text/plain" }, body = "ikke base64!" },
            },
        };

        var error = await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json")), HttpStatusCode.BadRequest);

        Assert.Contains("'up'", error["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    internal static async Task<string> GraphSiteIdAsync(TestTenant tenant, string site) =>
        (await tenant.GetAsync($"/v1.0/sites/127.0.0.1:{site}"))["id"]!.GetValue<string>();

    internal static ByteArrayContent Bytes(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private static JsonObject Decode(JsonNode body) => JsonNode.Parse(Convert.FromBase64String(body.GetValue<string>()))!.AsObject();
}
