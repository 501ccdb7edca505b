using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Graph;

/// <summary><c>POST /v1.0/sites/{site-id}/lists/{list-id}/columns</c>: a column added to a list that exists.</summary>
public sealed class GraphColumnTests
{
    private static readonly string[] FollowUpChoices = ["Åpen", "Lukket"];

    [Fact]
    public async Task AddColumn_NewName_Answers201WithTheColumnDefinition_AndItemsCanUseIt()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("columns-add");
        var list = await tenant.CreateListAsync(site, "Tiltak");
        var existing = await tenant.AddItemAsync(site, list, ("Title", "før"));
        var siteId = await SiteIdAsync(tenant, site);

        var response = await tenant.Http.PostAsync($"/v1.0/sites/{siteId}/lists/{list}/columns", TestTenant.Json(new
        {
            name = "Oppfolging",
            displayName = "Oppfølging",
            indexed = true,
            required = false,
            enforceUniqueValues = false,
            choice = new { choices = FollowUpChoices },
        }, "application/json"));
        var column = await TestTenant.ExpectAsync(response, HttpStatusCode.Created);
        var fields = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/fields?$select=InternalName,Title,TypeAsString,Indexed");
        var added = await tenant.AddItemAsync(site, list, ("Title", "etter"), ("Oppfolging", "Åpen"));
        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items?$select=Id,Oppfolging");

        Assert.Equal("Oppfolging", column["name"]!.GetValue<string>());
        Assert.Equal("Oppfølging", column["displayName"]!.GetValue<string>());
        Assert.True(column["indexed"]!.GetValue<bool>());
        Assert.Equal(["Åpen", "Lukket"], column["choice"]!["choices"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.True(Guid.TryParse(column["id"]!.GetValue<string>(), out _));
        var field = fields["value"]!.AsArray().Single(f => f!["InternalName"]!.GetValue<string>() == "Oppfolging")!;
        Assert.Equal(("Choice", true, "Oppfølging"), (field["TypeAsString"]!.GetValue<string>(), field["Indexed"]!.GetValue<bool>(), field["Title"]!.GetValue<string>()));
        var values = items["value"]!.AsArray().ToDictionary(i => i!["Id"]!.GetValue<int>(), i => i!["Oppfolging"]?.GetValue<string>());
        Assert.Null(values[existing]);
        Assert.Equal("Åpen", values[added]);
    }

    [Fact]
    public async Task AddColumn_NameTheListHas_Answers409AndChangesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("columns-taken");
        var list = await tenant.CreateListAsync(site, "Tiltak");
        var siteId = await SiteIdAsync(tenant, site);

        var custom = await tenant.Http.PostAsync($"/v1.0/sites/{siteId}/lists/{list}/columns", TestTenant.Json(new { name = "kode", number = new { } }, "application/json"));
        var builtIn = await tenant.Http.PostAsync($"/v1.0/sites/{siteId}/lists/{list}/columns", TestTenant.Json(new { name = "Title", text = new { } }, "application/json"));
        var fields = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/fields?$select=InternalName,TypeAsString");

        foreach (var response in new[] { custom, builtIn })
        {
            var error = await TestTenant.ExpectAsync(response, HttpStatusCode.Conflict);
            Assert.Equal("nameAlreadyExists", error["error"]!["code"]!.GetValue<string>());
        }

        Assert.Equal("Text", fields["value"]!.AsArray().Single(f => f!["InternalName"]!.GetValue<string>() == "Kode")!["TypeAsString"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddColumn_InsideGraphBatch_RunsThroughTheSamePipeline()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("columns-batch");
        var list = await tenant.CreateListAsync(site, "Tiltak");
        var siteId = await SiteIdAsync(tenant, site);
        var json = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        var batch = new
        {
            requests = new object[]
            {
                new { id = "1", method = "POST", url = $"/sites/{siteId}/lists/{list}/columns", headers = json, body = new { name = "Merknad", text = new { allowMultipleLines = true } } },
                new { id = "2", method = "POST", url = $"/sites/{siteId}/lists/{list}/columns", headers = json, body = new { name = "Status", text = new { } } },
            },
        };

        var result = await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json")), HttpStatusCode.OK);
        var responses = result["responses"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var fields = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/fields?$select=InternalName,TypeAsString");

        Assert.Equal([201, 409], responses.Select(r => r["status"]!.GetValue<int>()));
        Assert.Equal("Merknad", responses[0]["body"]!["name"]!.GetValue<string>());
        Assert.Equal("Note", fields["value"]!.AsArray().Single(f => f!["InternalName"]!.GetValue<string>() == "Merknad")!["TypeAsString"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddColumn_UnknownList_Answers404ItemNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("columns-nolist");
        var siteId = await SiteIdAsync(tenant, site);

        var response = await tenant.Http.PostAsync($"/v1.0/sites/{siteId}/lists/{Guid.NewGuid()}/columns", TestTenant.Json(new { name = "X", text = new { } }, "application/json"));

        var error = await TestTenant.ExpectAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("itemNotFound", error["error"]!["code"]!.GetValue<string>());
    }

    private static async Task<string> SiteIdAsync(TestTenant tenant, string site) =>
        (await tenant.GetAsync($"/v1.0/sites/127.0.0.1:{site}"))["id"]!.GetValue<string>();
}
