using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Views;

public sealed class ViewEndpointsTests
{
    private const string Query = "<Where><Eq><FieldRef Name=\"Status\" /><Value Type=\"Choice\">Planlagt</Value></Eq></Where><OrderBy><FieldRef Name=\"Frist\" /></OrderBy>";

    [Fact]
    public async Task NewListAndLibrary_BothCreationPaths_HaveOneNorwegianDefaultView()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-default");
        var graphList = await tenant.CreateListAsync(site, "Samtaler");
        var restLibrary = (await tenant.PostAsync(site + "/_api/web/lists", new { __metadata = new { type = "SP.List" }, BaseTemplate = 101, Title = "Referater" }, HttpStatusCode.Created))["Id"]!.GetValue<string>();

        var listView = Assert.Single((await tenant.GetAsync($"{site}/_api/web/lists(guid'{graphList}')/views"))["value"]!.AsArray())!;
        var libraryView = Assert.Single((await tenant.GetAsync($"{site}/_api/web/lists(guid'{restLibrary}')/views?$expand=ViewFields"))["value"]!.AsArray())!;

        Assert.Equal("Alle elementer", listView["Title"]!.GetValue<string>());
        Assert.True(listView["DefaultView"]!.GetValue<bool>());
        Assert.False(listView["PersonalView"]!.GetValue<bool>());
        Assert.Equal(30, listView["RowLimit"]!.GetValue<int>());
        Assert.Equal($"{site}/Lists/Samtaler/AllItems.aspx", listView["ServerRelativeUrl"]!.GetValue<string>());
        Assert.Null(listView["ViewFields"]);
        Assert.Equal("Alle dokumenter", libraryView["Title"]!.GetValue<string>());
        Assert.Equal($"{site}/Referater/Forms/AllItems.aspx", libraryView["ServerRelativeUrl"]!.GetValue<string>());
        Assert.Contains("LinkFilename", libraryView["ViewFields"]!["Items"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Add_FieldsAndQuery_AnswersTheViewAndListsItWithViewFieldsAndTheQueryVerbatim()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-add");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var added = await tenant.PostAsync($"{list}/views/add", Creation("Planlagte samtaler", ["Title", "status", "Frist", "LinkTitle"]));
        var views = (await tenant.GetAsync($"{list}/views?$expand=ViewFields"))["value"]!.AsArray();

        Assert.Equal(["DefaultView", "Id", "PersonalView", "RowLimit", "ServerRelativeUrl", "Title", "ViewQuery"], added.Select(p => p.Key).Where(k => k is not ("Hidden" or "ViewType")).Order(StringComparer.Ordinal));
        Assert.True(Guid.TryParse(added["Id"]!.GetValue<string>(), out _));
        Assert.Equal(Query, added["ViewQuery"]!.GetValue<string>());
        Assert.Equal(25, added["RowLimit"]!.GetValue<int>());
        Assert.False(added["DefaultView"]!.GetValue<bool>());
        Assert.Equal($"{site}/Lists/Samtaler/Planlagtesamtaler.aspx", added["ServerRelativeUrl"]!.GetValue<string>());
        Assert.Equal(["Alle elementer", "Planlagte samtaler"], views.Select(v => v!["Title"]!.GetValue<string>()));
        var view = views[1]!;
        Assert.Equal(added["Id"]!.GetValue<string>(), view["Id"]!.GetValue<string>());
        Assert.Equal(["Title", "Status", "Frist", "LinkTitle"], view["ViewFields"]!["Items"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("<FieldRef Name=\"Title\" /><FieldRef Name=\"Status\" /><FieldRef Name=\"Frist\" /><FieldRef Name=\"LinkTitle\" />", view["ViewFields"]!["SchemaXml"]!.GetValue<string>());
        Assert.Equal(Query, view["ViewQuery"]!.GetValue<string>());
        Assert.True(views[0]!["DefaultView"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Add_UnknownField_Answers400ColumnMissingAndAddsNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-400");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var response = await tenant.SendAsync(HttpMethod.Post, $"{list}/views/add", Creation("Feil", ["Title", "Finnesikke"]));
        var views = (await tenant.GetAsync($"{list}/views"))["value"]!.AsArray();

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.BadRequest, "-2147024809, System.ArgumentException", "Column 'Finnesikke' does not exist. It may have been deleted by another user.");
        Assert.Single(views);
    }

    [Fact]
    public async Task Add_SetAsDefaultView_MakesItTheOnlyDefault()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-default-new");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var added = await tenant.PostAsync($"{list}/views/add", Creation("Mine", ["Title"], setAsDefault: true));
        var views = (await tenant.GetAsync($"{list}/views?$select=Title,DefaultView"))["value"]!.AsArray();

        Assert.True(added["DefaultView"]!.GetValue<bool>());
        Assert.Equal([("Alle elementer", false), ("Mine", true)], views.Select(v => (v!["Title"]!.GetValue<string>(), v["DefaultView"]!.GetValue<bool>())));
        Assert.Equal(["Title", "DefaultView"], views[0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Delete_View_Answers200EmptyAndTheViewIsGone()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-delete");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";
        var id = (await tenant.PostAsync($"{list}/views/add", Creation("Midlertidig", ["Title"])))["Id"]!.GetValue<string>();

        var response = await tenant.SendAsync(HttpMethod.Delete, $"{list}/views(guid'{id}')");
        var views = (await tenant.GetAsync($"{list}/views"))["value"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Equal(["Alle elementer"], views.Select(v => v!["Title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Delete_UnknownView_Answers404OutOfRange()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-404");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var response = await tenant.SendAsync(HttpMethod.Delete, $"{list}/views(guid'{Guid.NewGuid()}')");

        await TestTenant.ExpectErrorAsync(response, HttpStatusCode.NotFound, "-2147024809, System.ArgumentException", "Value does not fall within the expected range.");
    }

    [Fact]
    public async Task Delete_DefaultView_Answers400AndKeepsIt()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-keep");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";
        var id = Assert.Single((await tenant.GetAsync($"{list}/views"))["value"]!.AsArray())!["Id"]!.GetValue<string>();

        var response = await tenant.SendAsync(HttpMethod.Delete, $"{list}/views(guid'{id}')");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single((await tenant.GetAsync($"{list}/views"))["value"]!.AsArray());
    }

    [Fact]
    public async Task Views_OtherExpansion_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("views-expand");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        var response = await tenant.Http.GetAsync($"{list}/views?$expand=Fields");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static JsonObject Creation(string title, string[] fields, bool setAsDefault = false) => new()
    {
        ["parameters"] = new JsonObject
        {
            ["__metadata"] = new JsonObject { ["type"] = "SP.ViewCreationInformation" },
            ["Title"] = title,
            ["ViewFields"] = new JsonObject { ["results"] = new JsonArray([.. fields.Select(f => (JsonNode?)f)]) },
            ["Query"] = Query,
            ["RowLimit"] = 25,
            ["PersonalView"] = false,
            ["SetAsDefaultView"] = setAsDefault,
        },
    };
}
