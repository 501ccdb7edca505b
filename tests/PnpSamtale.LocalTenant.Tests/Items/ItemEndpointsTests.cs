using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Items;

public sealed class ItemEndpointsTests
{
    private const string ArgumentException = "-2147024809, System.ArgumentException";

    [Fact]
    public async Task AddValidate_ValidValues_AnswersEntriesEndingWithNewId()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-add");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var result = await tenant.PostAsync($"{site}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath", TestTenant.AddBody(("Title", "Kari og Ola"), ("Runde", "2,5")));

        var entries = result["value"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(["Title", "Runde", "Id"], entries.Select(e => e["FieldName"]!.GetValue<string>()));
        Assert.All(entries, e =>
        {
            Assert.Equal(0, e["ErrorCode"]!.GetValue<int>());
            Assert.Null(e["ErrorMessage"]);
            Assert.False(e["HasException"]!.GetValue<bool>());
            Assert.Equal(0, e["ItemId"]!.GetValue<int>());
        });
        Assert.Equal("1", entries[^1]["FieldValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddValidate_BadNumber_MarksEntryAndCreatesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-bad");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var result = await tenant.PostAsync($"{site}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath", TestTenant.AddBody(("Title", "x"), ("Runde", "tre")));
        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items");

        var runde = result["value"]!.AsArray().Single(e => e!["FieldName"]!.GetValue<string>() == "Runde")!;
        Assert.True(runde["HasException"]!.GetValue<bool>());
        Assert.Equal(-2146232832, runde["ErrorCode"]!.GetValue<int>());
        Assert.NotNull(runde["ErrorMessage"]);
        Assert.DoesNotContain(result["value"]!.AsArray(), e => e!["FieldName"]!.GetValue<string>() == "Id");
        Assert.Empty(items["value"]!.AsArray());
    }

    [Fact]
    public async Task AddValidate_UnknownField_Answers400ColumnMissing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-col");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var response = await tenant.SendAsync(HttpMethod.Post, $"{site}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath", TestTenant.AddBody(("Finnesikke", "x")));

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, ArgumentException, "Column 'Finnesikke' does not exist. It may have been deleted by another user.");
    }

    [Fact]
    public async Task Get_AllFieldTypes_AnswersWireTypes()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-types");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var id = await tenant.AddItemAsync(site, list, ("Title", "T"), ("Kode", "K-1"), ("Status", "Planlagt"), ("Holder", "[{\"Key\":\"i:0#.f|membership|kari@stinn.no\"}]"), ("Runde", "3"), ("Ferdig", "1"), ("Frist", "20.10.2026"));
        var kari = await tenant.EnsureUserAsync(site, "kari@stinn.no");

        var item = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items({id})?$select=Id,Title,Kode,Status,HolderId,Runde,Ferdig,Frist,HasUniqueRoleAssignments");

        Assert.Equal(id, item["Id"]!.GetValue<int>());
        Assert.Equal(id, item["ID"]!.GetValue<int>());
        Assert.Equal("K-1", item["Kode"]!.GetValue<string>());
        Assert.Equal("Planlagt", item["Status"]!.GetValue<string>());
        Assert.Equal(kari, item["HolderId"]!.GetValue<int>());
        Assert.Equal(3, item["Runde"]!.GetValue<double>());
        Assert.True(item["Ferdig"]!.GetValue<bool>());
        // A date-only column holds the site's local midnight (Oslo, summer time on 20 October): 22:00 UTC the day before.
        Assert.Equal("2026-10-19T22:00:00Z", item["Frist"]!.GetValue<string>());
        Assert.False(item["HasUniqueRoleAssignments"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_MissingItem_Answers404ItemNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-404");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var response = await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{list}')/items(42)");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.NotFound, ArgumentException, "Item does not exist. It may have been deleted by another user.");
    }

    [Fact]
    public async Task Get_UnknownSelectField_Answers400ColumnMissing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-select");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var id = await tenant.AddItemAsync(site, list, ("Title", "T"));

        var response = await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{list}')/items({id})?$select=Title,Nei");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, ArgumentException, "Column 'Nei' does not exist. It may have been deleted by another user.");
    }

    [Fact]
    public async Task ValidateUpdate_TwoUpdates_RecordsVersions()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-versions");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var id = await tenant.AddItemAsync(site, list, ("Title", "v1"));
        var item = $"{site}/_api/web/lists(guid'{list}')/items({id})";

        var update = await tenant.PostAsync(item + "/ValidateUpdateListItem", new { formValues = new[] { new { FieldName = "Title", FieldValue = "v2" } }, bNewDocumentUpdate = false });
        await tenant.PostAsync(item + "/ValidateUpdateListItem", new { formValues = new[] { new { FieldName = "Status", FieldValue = "Gjennomført" } }, bNewDocumentUpdate = false });
        var versions = (await tenant.GetAsync(item + "/versions"))["value"]!.AsArray().Select(v => v!.AsObject()).ToList();

        Assert.False(update["value"]![0]!["HasException"]!.GetValue<bool>());
        Assert.Equal(["3.0", "2.0", "1.0"], versions.Select(v => v["VersionLabel"]!.GetValue<string>()));
        Assert.Equal([true, false, false], versions.Select(v => v["IsCurrentVersion"]!.GetValue<bool>()));
        Assert.All(versions, v => Assert.IsType<int>(v["VersionId"]!.GetValue<int>()));
        Assert.Equal("v2", versions[0]["Title"]!.GetValue<string>());
        Assert.Equal("v1", versions[2]["Title"]!.GetValue<string>());
        Assert.NotNull(versions[0]["Created"]);
    }

    [Fact]
    public async Task Delete_ViaDeleteOrTunnelledPost_IsPermanentWithNoBinEntry()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("items-delete");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var a = await tenant.AddItemAsync(site, list, ("Title", "a"));
        var b = await tenant.AddItemAsync(site, list, ("Title", "b"));
        var items = $"{site}/_api/web/lists(guid'{list}')/items";

        var deleted = await tenant.SendAsync(HttpMethod.Delete, $"{items}({a})");
        using var tunnelled = new HttpRequestMessage(HttpMethod.Post, $"{items}({b})");
        tunnelled.Headers.Add("X-HTTP-Method", "DELETE");
        tunnelled.Headers.Add("If-Match", "*");
        var viaPost = await tenant.Http.SendAsync(tunnelled);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, viaPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.Http.GetAsync($"{items}({a})")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.Http.GetAsync($"{items}({b})")).StatusCode);
        Assert.Empty((await tenant.GetAsync(site + "/_api/web/RecycleBin"))["value"]!.AsArray());
        Assert.Empty((await tenant.GetAsync(site + "/_api/site/RecycleBin"))["value"]!.AsArray());
    }

    [Fact]
    public async Task AddValidate_UnknownPersonInClosedDirectory_MarksEntry()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.AcceptAnyUpn = false);
        tenant.Server.SeedDirectory([new DirectoryUser("eier@stinn.no", "Eier", "nb-NO")]);
        var site = await tenant.CreateSiteAsync("items-person");
        var list = await tenant.CreateListAsync(site, "Samtaler");

        var result = await tenant.PostAsync($"{site}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath", TestTenant.AddBody(("Holder", "[{\"Key\":\"i:0#.f|membership|ukjent@stinn.no\"}]")));

        Assert.True(result["value"]![0]!["HasException"]!.GetValue<bool>());
        Assert.IsType<JsonArray>(result["value"]);
    }
}
