using System.Text.Json;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: an expanded navigation property comes back only when it is also selected (sp-dev-docs, "Use OData query
/// operations in SharePoint REST requests": specify the field in both <c>$select</c> and <c>$expand</c>). The client
/// selects what it expands and refuses a page that lacks an expansion it asked for.
/// </summary>
public sealed class ExpansionConformanceTests
{
    [Fact]
    public async Task ClientQueryWithRoleAssignments_CarriesEachItemsGrants()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, secured) = await SecuredListAsync(local, "conf-expand");

        var items = await local.Get<ItemClient>().QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey"], null, 5000, ItemQuery.RoleAssignmentsExpansion), CancellationToken.None);

        var item = Assert.Single(items, i => i.Id == secured);
        Assert.Contains(item.RoleAssignments!, a => a.Member.LoginName == "i:0#.f|membership|kari@stinn.example");
        Assert.All(items, i => Assert.NotNull(i.RoleAssignments));
    }

    [Fact]
    public async Task ExpansionNotSelected_TheTenantLeavesItOut_AndTheClientRefusesThePage()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, _) = await SecuredListAsync(local, "conf-unselected");
        var query = new ItemQuery(["SamtaleKey"], null, 5000, ItemQuery.RoleAssignmentsExpansion);
        var selected = ItemRequests.Query(site, list, query);

        // The same request without RoleAssignments in $select, as the client once sent it.
        var unselected = SharePointRequestWithout(selected, ",RoleAssignments,RoleAssignments%2FMember,RoleAssignments%2FRoleDefinitionBindings", ",RoleAssignments,RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings");
        var response = await local.Get<WireTransport>().SendAsync(unselected, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Throws<JsonException>(() => ItemResponses.Page(response, query));
    }

    private static WireRequest SharePointRequestWithout(WireRequest request, params string[] parts)
    {
        var uri = request.Uri.OriginalString;
        foreach (var part in parts)
        {
            uri = uri.Replace(part, string.Empty, StringComparison.Ordinal);
        }

        Assert.NotEqual(request.Uri.OriginalString, uri);
        return request with { Uri = new Uri(uri) };
    }

    internal static async Task<(Uri Site, Guid List, int Secured)> SecuredListAsync(LocalTenantFixture local, string name)
    {
        var site = await local.CreateSiteAsync(name);
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var items = local.Get<ItemBatchClient>();
        var added = await items.AddItemsAsync(site, list.Id, [[FormValue.Text("SamtaleKey", "k1")], [FormValue.Text("SamtaleKey", "k2")]], CancellationToken.None);
        var secured = added[0].GetValueOrThrow().ItemId;
        var kari = await local.Get<SharePoint.Users.SiteUserClient>().EnsureUserAsync(site, "kari@stinn.example", CancellationToken.None);
        var read = (await local.Get<SharePoint.RoleDefinitions.RoleDefinitionClient>().GetByTypeAsync(site, SharePoint.RoleDefinitions.RoleTypeKind.Reader, CancellationToken.None)).Id;
        var permissions = local.Get<PermissionClient>();
        var scope = SecurableScope.Item(site, list.Id, secured);
        await permissions.BreakInheritanceAsync(scope, copyRoleAssignments: false, clearSubscopes: false, CancellationToken.None);
        await permissions.AddRoleAssignmentAsync(scope, kari.Id, read, CancellationToken.None);
        return (site, list.Id, secured);
    }
}
