using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Items;

public sealed class ItemExpandTests
{
    private const string Expand = "$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings";
    private const string Selected = "RoleAssignments/PrincipalId,RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings";
    private const int ReadRole = 1073741826;

    [Fact]
    public async Task Query_ExpandMemberAndBindings_EachItemCarriesWhatRoleAssignmentsAnswersForIt()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, secured, inheriting) = await SecuredLibraryAsync(tenant, "expand-query");

        var items = (await tenant.GetAsync($"{list}/items?$select=Id,FileLeafRef,Kode,HasUniqueRoleAssignments,{Selected}&{Expand}&$top=5000"))["value"]!.AsArray();

        Assert.Equal([secured, inheriting], items.Select(i => i!["Id"]!.GetValue<int>()));
        foreach (var item in items)
        {
            var id = item!["Id"]!.GetValue<int>();
            var expected = (await tenant.GetAsync($"{list}/items({id})/roleassignments?$expand=Member,RoleDefinitionBindings"))["value"]!;
            Assert.True(JsonNode.DeepEquals(expected, item["RoleAssignments"]), $"Item {id}: {item["RoleAssignments"]?.ToJsonString()} differs from {expected.ToJsonString()}");
        }

        var kari = await tenant.EnsureUserAsync(site, "kari@stinn.no");
        Assert.True(items[0]!["HasUniqueRoleAssignments"]!.GetValue<bool>());
        Assert.Contains(items[0]!["RoleAssignments"]!.AsArray(), a => a!["PrincipalId"]!.GetValue<int>() == kari && a["Member"]!["LoginName"]!.GetValue<string>() == "i:0#.f|membership|kari@stinn.no");
        Assert.False(items[1]!["HasUniqueRoleAssignments"]!.GetValue<bool>());
        Assert.Equal(["Runde Owners", "Runde Members", "Runde Visitors"], items[1]!["RoleAssignments"]!.AsArray().Select(a => a!["Member"]!["Title"]!.GetValue<string>()));
        Assert.Equal("b.docx", items[1]!["FileLeafRef"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_OneItemWithExpand_CarriesItsOwnAssignments()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, secured, _) = await SecuredLibraryAsync(tenant, "expand-one");

        var item = await tenant.GetAsync($"{list}/items({secured})?$select=Id,Title,{Selected}&{Expand}");
        var expected = (await tenant.GetAsync($"{list}/items({secured})/roleassignments?$expand=Member,RoleDefinitionBindings"))["value"]!;

        Assert.True(JsonNode.DeepEquals(expected, item["RoleAssignments"]));
        Assert.Equal(2, item["RoleAssignments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Query_ListWithUniquePermissions_InheritingItemsCarryTheListsAssignments()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("expand-list", "Runde");
        var listId = await tenant.CreateListAsync(site, "Samtaler");
        var list = $"{site}/_api/web/lists(guid'{listId}')";
        await tenant.AddItemAsync(site, listId, ("Title", "a"));
        await tenant.PostAsync($"{list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");

        var item = Assert.Single((await tenant.GetAsync($"{list}/items?$select=Id,{Selected}&{Expand}"))["value"]!.AsArray())!;

        var only = Assert.Single(item["RoleAssignments"]!.AsArray())!;
        Assert.Equal("SharePoint App", only["Member"]!["Title"]!.GetValue<string>());
        Assert.Equal(5, Assert.Single(only["RoleDefinitionBindings"]!.AsArray())!["RoleTypeKind"]!.GetValue<int>());
    }

    [Fact]
    public async Task Query_ExpandRoleAssignmentsAlone_EntriesCarryPrincipalIdOnly()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-bare");

        var items = (await tenant.GetAsync($"{list}/items?$select=Id,RoleAssignments&$expand=RoleAssignments"))["value"]!.AsArray();

        Assert.All(items, i => Assert.All(i!["RoleAssignments"]!.AsArray(), a => Assert.Equal(["PrincipalId"], a!.AsObject().Select(p => p.Key))));
        Assert.Equal(2, items[0]!["RoleAssignments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Query_SelectPathsUnderRoleAssignments_AreAcceptedAndKeepTheExpansion()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-select");

        var items = (await tenant.GetAsync($"{list}/items?$select=Id,RoleAssignments/PrincipalId,RoleAssignments/Member/Title&{Expand}"))["value"]!.AsArray();

        Assert.Equal(["Id", "RoleAssignments", "ID"], items[0]!.AsObject().Select(p => p.Key));
        Assert.All(items[0]!["RoleAssignments"]!.AsArray(), a => Assert.NotNull(a!["Member"]));
    }

    [Fact]
    public async Task Query_PagedWithExpand_TheNextLinkKeepsTheExpansion()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-paged");

        var first = await tenant.GetAsync($"{list}/items?$select=Id,{Selected}&{Expand}&$top=1");
        var next = new Uri(first["odata.nextLink"]!.GetValue<string>());
        var second = await tenant.GetAsync(next.PathAndQuery);

        Assert.Contains("$expand=", next.Query, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(second["value"]!.AsArray())!["RoleAssignments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Query_ExpandedButNotSelected_CarriesNoRoleAssignments()
    {
        // "To do this, specify the field name in both the $select and $expand query options" (use-odata-query-operations-in-sharepoint-rest-requests):
        // an expansion that is not also selected does not come back — an item then looks as if it had no grants.
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-unselected");

        var items = (await tenant.GetAsync($"{list}/items?$select=Id,FileLeafRef&{Expand}"))["value"]!.AsArray();
        var one = await tenant.GetAsync($"{list}/items(1)?$select=Id&{Expand}");

        Assert.All(items, i => Assert.Null(i!["RoleAssignments"]));
        Assert.Null(one["RoleAssignments"]);
    }

    [Fact]
    public async Task Query_RootSelectedChildrenNot_EntriesCarryPrincipalIdOnly()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-root");

        var items = (await tenant.GetAsync($"{list}/items?$select=Id,RoleAssignments&{Expand}"))["value"]!.AsArray();

        Assert.All(items, i => Assert.All(i!["RoleAssignments"]!.AsArray(), a => Assert.Equal(["PrincipalId"], a!.AsObject().Select(p => p.Key))));
    }

    [Fact]
    public async Task Query_WithoutSelect_CarriesEverythingExpanded()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-noselect");

        var items = (await tenant.GetAsync($"{list}/items?{Expand}"))["value"]!.AsArray();

        Assert.All(items[0]!["RoleAssignments"]!.AsArray(), a => Assert.Equal(["PrincipalId", "Member", "RoleDefinitionBindings"], a!.AsObject().Select(p => p.Key)));
    }

    [Theory]
    [InlineData("$select=Id&$expand=Author")]
    [InlineData("$select=Id&$expand=RoleAssignments/Member/Groups")]
    [InlineData("$select=Id,RoleAssignments/PrincipalId")]
    public async Task Query_OtherExpansionOrPathWithoutExpand_Answers400(string query)
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, list, _, _) = await SecuredLibraryAsync(tenant, "expand-400");

        var response = await tenant.Http.GetAsync($"{list}/items?{query}");

        var error = await TestTenant.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("-1, Microsoft.SharePoint.Client.InvalidClientQueryException", error["odata.error"]!["code"]!.GetValue<string>());
        Assert.StartsWith("Expanding '", error["odata.error"]!["message"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ExpandActingAsMemberWithoutManagePermissions_Answers403()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, _, _) = await SecuredLibraryAsync(tenant, "expand-403");
        await Permissions.PermissionEndpointsTests.AddToMembersAsync(tenant, site, "ola@stinn.no");

        var plain = await tenant.SendAsync(HttpMethod.Get, $"{list}/items?$select=Id", actAs: "ola@stinn.no");
        var expanded = await tenant.SendAsync(HttpMethod.Get, $"{list}/items?$select=Id&{Expand}", actAs: "ola@stinn.no");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expanded.StatusCode);
    }

    /// <summary>A library with a.docx (unique: the app and Kari with Read) and b.docx (inherits the web's three groups).</summary>
    private static async Task<(string Site, string List, int Secured, int Inheriting)> SecuredLibraryAsync(TestTenant tenant, string name)
    {
        var site = await tenant.CreateSiteAsync(name, "Runde");
        var listId = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        foreach (var file in new[] { "a.docx", "b.docx" })
        {
            await TestTenant.ExpectAsync(
                await tenant.Http.PostAsync($"{site}/_api/web/GetFolderByServerRelativePath(decodedurl='{site}/Skjema')/Files/AddUsingPath(decodedurl='{file}',overwrite=true)", new ByteArrayContent([1])),
                HttpStatusCode.OK);
        }

        var list = $"{site}/_api/web/lists(guid'{listId}')";
        var kari = await tenant.EnsureUserAsync(site, "kari@stinn.no");
        await tenant.PostAsync($"{list}/items(1)/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{list}/items(1)/roleassignments/addroleassignment(principalid={kari},roledefid={ReadRole})");
        return (site, list, 1, 2);
    }
}
