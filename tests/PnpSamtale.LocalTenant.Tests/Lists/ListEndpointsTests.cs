using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Lists;

public sealed class ListEndpointsTests
{
    private static readonly string[] CustomColumns = ["Kode", "Status", "Holder", "Runde", "Ferdig", "Frist"];

    [Fact]
    public async Task GetByTitle_Existing_AnswersSelectedProperties()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("lists");
        var id = await tenant.CreateListAsync(site, "Samtaler");
        await tenant.AddItemAsync(site, id, ("Title", "A"));

        var list = await tenant.GetAsync(site + "/_api/web/lists/getbytitle('Samtaler')?$select=Id,Title,BaseTemplate,ItemCount,HasUniqueRoleAssignments");

        Assert.Equal(["Id", "Title", "BaseTemplate", "ItemCount", "HasUniqueRoleAssignments"], list.Select(p => p.Key));
        Assert.Equal(id, list["Id"]!.GetValue<string>());
        Assert.Equal(100, list["BaseTemplate"]!.GetValue<int>());
        Assert.Equal(1, list["ItemCount"]!.GetValue<int>());
        Assert.False(list["HasUniqueRoleAssignments"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetByTitle_Missing_Answers404ListNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("lists-404");

        var response = await tenant.Http.GetAsync(site + "/_api/web/lists/getbytitle('Tiltak')");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.NotFound, "-1, System.ArgumentException", $"List 'Tiltak' does not exist at site with URL '{tenant.Server.SiteUrl("lists-404").AbsoluteUri}'.");
    }

    [Fact]
    public async Task Create_RestList_Answers201AndDuplicateTitleAnswers500()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("lists-rest");
        var body = new { __metadata = new { type = "SP.List" }, BaseTemplate = 101, Title = "Referater" };

        var created = await tenant.PostAsync(site + "/_api/web/lists", body, HttpStatusCode.Created);
        var duplicate = await tenant.SendAsync(HttpMethod.Post, site + "/_api/web/lists", body);

        Assert.True(Guid.TryParse(created["Id"]!.GetValue<string>(), out _));
        Assert.Equal("Referater", created["Title"]!.GetValue<string>());
        Assert.Equal(101, created["BaseTemplate"]!.GetValue<int>());
        await TestTenant.ExpectErrorAsync(
            duplicate,
            HttpStatusCode.InternalServerError,
            "-2130575342, Microsoft.SharePoint.SPException",
            "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.");
    }

    [Fact]
    public async Task Lists_Collection_AnswersValueArray()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("lists-all");
        await tenant.CreateListAsync(site, "Aktiviteter");
        await tenant.CreateListAsync(site, "Samtaleskjema", "documentLibrary");

        var lists = (await tenant.GetAsync(site + "/_api/web/lists?$select=Id,Title,BaseTemplate"))["value"]!.AsArray();

        Assert.Equal([("Aktiviteter", 100), ("Samtaleskjema", 101)], lists.Select(l => (l!["Title"]!.GetValue<string>(), l["BaseTemplate"]!.GetValue<int>())));
    }

    [Fact]
    public async Task Fields_GraphCreatedList_IncludesBuiltInsAndIndexedFlag()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("fields");
        var id = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");

        var fields = (await tenant.GetAsync($"{site}/_api/web/lists(guid'{id}')/fields?$select=InternalName,Title,TypeAsString,Indexed"))["value"]!.AsArray()
            .Select(f => f!.AsObject()).ToDictionary(f => f["InternalName"]!.GetValue<string>());

        Assert.Equal(["ID", "Title", "Created", "Modified", "FileLeafRef", "Kode", "Status", "Holder", "Runde", "Ferdig", "Frist"], fields.Keys);
        Assert.True(fields["Kode"]["Indexed"]!.GetValue<bool>());
        Assert.False(fields["Status"]["Indexed"]!.GetValue<bool>());
        Assert.Equal(["Text", "Choice", "User", "Number", "Boolean", "DateTime"], CustomColumns.Select(n => fields[n]["TypeAsString"]!.GetValue<string>()));
        Assert.Equal(4, fields["Kode"].Count);
    }

    [Fact]
    public async Task Delete_ById_AnswersEmpty200AndListIsGone()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("list-delete");
        var id = await tenant.CreateListAsync(site, "Midlertidig");

        var response = await tenant.SendAsync(HttpMethod.Delete, $"{site}/_api/web/lists(guid'{id}')");
        var after = await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{id}')");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Get_ByIdWithoutGuidPrefixAndGetById_AreTheSameList()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("list-forms");
        var id = await tenant.CreateListAsync(site, "Former");

        var quoted = await tenant.GetAsync($"{site}/_api/web/lists('{id}')?$select=Title");
        var getById = await tenant.GetAsync($"{site}/_api/Web/Lists/GetById(guid'{id}')?$select=Title");

        Assert.Equal("Former", quoted["Title"]!.GetValue<string>());
        Assert.Equal("Former", getById["Title"]!.GetValue<string>());
        Assert.IsType<JsonValue>(getById["Title"], exactMatch: false);
    }
}
