using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Permissions;

public sealed class ActAsTests
{
    private const string Holder = "kari@stinn.no";
    private const string Partner = "per@stinn.no";
    private const string Outsider = "ola@stinn.no";
    private const string Stranger = "ukjent@stinn.no";

    [Fact]
    public async Task ActAs_UserWithoutView_GetsItemNotFoundAndTrimmedQuery()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, item, itemId) = await SecuredFormAsync(tenant, "actas-view");

        var read = await tenant.SendAsync(HttpMethod.Get, item, actAs: Outsider);
        var holderQuery = await tenant.GetAsync($"{list}/items?$select=Id", actAs: Holder);
        var outsiderQuery = await tenant.GetAsync($"{list}/items?$select=Id", actAs: Outsider);
        var hidden = await tenant.SendAsync(HttpMethod.Get, $"{list}/items", actAs: Stranger);

        await TestTenant.ExpectErrorAsync(read, HttpStatusCode.NotFound, "-2147024809, System.ArgumentException", "Item does not exist. It may have been deleted by another user.");
        Assert.Equal([itemId], holderQuery["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
        Assert.DoesNotContain(itemId, outsiderQuery["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>()));
        Assert.Single(outsiderQuery["value"]!.AsArray());
        await TestTenant.ExpectErrorAsync(hidden, HttpStatusCode.NotFound, "-1, System.ArgumentException", $"List 'Skjema' does not exist at site with URL '{tenant.Server.SiteUrl(site.Split('/')[^1]).AbsoluteUri}'.");
    }

    [Fact]
    public async Task ActAs_ReaderWritingTheItem_Gets403AccessDenied()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, _, item, _) = await SecuredFormAsync(tenant, "actas-403");

        var write = await tenant.SendAsync(HttpMethod.Post, item + "/ValidateUpdateListItem", new { formValues = new[] { new { FieldName = "Title", FieldValue = "endret" } } }, actAs: Partner);
        var delete = await tenant.SendAsync(HttpMethod.Delete, item, actAs: Partner);

        await TestTenant.ExpectErrorAsync(write, HttpStatusCode.Forbidden, "-2147024891, System.UnauthorizedAccessException", "Access denied.");
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [Fact]
    public async Task ActAs_EditorWritingTheItem_Succeeds()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, _, item, _) = await SecuredFormAsync(tenant, "actas-edit");

        var write = await tenant.SendAsync(HttpMethod.Post, item + "/ValidateUpdateListItem", new { formValues = new[] { new { FieldName = "Title", FieldValue = "endret" } } }, actAs: Holder);
        var read = await tenant.GetAsync(item + "?$select=Title,EditorId", actAs: Partner);

        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
        Assert.Equal("endret", read["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ActAs_UserWithoutManagePermissions_CannotBreakInheritance()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (_, _, item, _) = await SecuredFormAsync(tenant, "actas-manage");

        var response = await tenant.SendAsync(HttpMethod.Post, item + "/resetroleinheritance", actAs: Holder);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// A form item readable by the partner (Read), editable by the holder (Edit), hidden from everyone else; the
    /// outsider (a site member) can read only another item of the list, the stranger nothing.
    /// </summary>
    private static async Task<(string Site, string List, string Item, int ItemId)> SecuredFormAsync(TestTenant tenant, string name)
    {
        var site = await tenant.CreateSiteAsync(name, "Runde");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Skjema")}')";
        var other = await tenant.AddItemAsync(site, list[(list.IndexOf("guid'", StringComparison.Ordinal) + 5)..^2], ("Title", "Annet skjema"));
        var id = await tenant.AddItemAsync(site, list[(list.IndexOf("guid'", StringComparison.Ordinal) + 5)..^2], ("Title", "Skjema"));
        var item = $"{list}/items({id})";
        var holder = await tenant.EnsureUserAsync(site, Holder);
        var partner = await tenant.EnsureUserAsync(site, Partner);
        await PermissionEndpointsTests.AddToMembersAsync(tenant, site, Outsider);
        await tenant.PostAsync($"{list}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)");
        await tenant.PostAsync($"{item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{item}/roleassignments/addroleassignment(principalid={holder},roledefid=1073741830)");
        await tenant.PostAsync($"{item}/roleassignments/addroleassignment(principalid={partner},roledefid=1073741826)");
        await tenant.PostAsync($"{list}/items({other})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{list}/items({other})/roleassignments/addroleassignment(principalid={await tenant.EnsureUserAsync(site, Outsider)},roledefid=1073741826)");
        return (site, list, item, id);
    }
}
