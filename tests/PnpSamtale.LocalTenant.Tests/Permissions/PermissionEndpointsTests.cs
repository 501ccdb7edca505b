using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Permissions;

public sealed class PermissionEndpointsTests
{
    private const int EditRole = 1073741830;
    private const int ReadRole = 1073741826;
    private const string A = "kari@stinn.no";
    private const string B = "ola@stinn.no";

    [Fact]
    public async Task EffectivePermissions_ItemBrokenWithoutCopyAndEditGrantedToA_BHasNoneAndACanViewAndEdit()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, item) = await FormAsync(tenant, "perm-effective");
        var a = await tenant.EnsureUserAsync(site, A);
        await AddToMembersAsync(tenant, site, B);

        var broke = await tenant.PostAsync($"{item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        var granted = await tenant.PostAsync($"{item}/roleassignments/addroleassignment(principalid={a},roledefid={EditRole})");
        var forB = await tenant.GetAsync(Effective(item, B));
        var forA = await tenant.GetAsync(Effective(item, A));

        Assert.True(broke["odata.null"]!.GetValue<bool>());
        Assert.True(granted["odata.null"]!.GetValue<bool>());
        Assert.Equal("0", forB["High"]!.GetValue<string>());
        Assert.Equal("0", forB["Low"]!.GetValue<string>());
        var low = uint.Parse(forA["Low"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.Equal(0x1u, low & 0x1u);
        Assert.Equal(0x4u, low & 0x4u);
    }

    [Fact]
    public async Task BreakWithoutCopy_Item_KeepsOnlyTheAppPrincipalWithFullControl()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, item) = await FormAsync(tenant, "perm-copy-false");

        await tenant.PostAsync($"{item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        var assignments = (await tenant.GetAsync($"{item}/roleassignments?$expand=Member,RoleDefinitionBindings"))["value"]!.AsArray();
        var unique = await tenant.GetAsync($"{item}?$select=HasUniqueRoleAssignments");

        var only = Assert.Single(assignments)!;
        Assert.Equal("i:0i.t|ms.sp.ext|app@sharepoint", only["Member"]!["LoginName"]!.GetValue<string>());
        Assert.Equal(only["PrincipalId"]!.GetValue<int>(), only["Member"]!["Id"]!.GetValue<int>());
        Assert.Equal(5, Assert.Single(only["RoleDefinitionBindings"]!.AsArray())!["RoleTypeKind"]!.GetValue<int>());
        Assert.True(unique["HasUniqueRoleAssignments"]!.GetValue<bool>());
        Assert.NotNull(site);
    }

    [Fact]
    public async Task BreakWithCopy_List_CopiesTheWebGroupsAndResetRestoresInheritance()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("perm-copy", "Runde");
        var list = $"{site}/_api/web/lists(guid'{await tenant.CreateListAsync(site, "Samtaler")}')";

        await tenant.PostAsync($"{list}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)");
        var copied = (await tenant.GetAsync($"{list}/roleassignments?$expand=Member"))["value"]!.AsArray().Select(r => r!["Member"]!["Title"]!.GetValue<string>());
        var reset = await tenant.PostAsync($"{list}/resetroleinheritance");
        var unique = await tenant.GetAsync($"{list}?$select=HasUniqueRoleAssignments");

        Assert.Equal(["Runde Owners", "Runde Members", "Runde Visitors"], copied);
        Assert.True(reset["odata.null"]!.GetValue<bool>());
        Assert.False(unique["HasUniqueRoleAssignments"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AddRoleAssignment_InheritingScope_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, item) = await FormAsync(tenant, "perm-inherit-400");
        var a = await tenant.EnsureUserAsync(site, A);

        var response = await tenant.Http.PostAsync($"{item}/roleassignments/addroleassignment(principalid={a},roledefid={EditRole})", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RemoveRoleAssignment_GrantedRole_TakesTheAccessAway()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, item) = await FormAsync(tenant, "perm-remove");
        var a = await tenant.EnsureUserAsync(site, A);
        await tenant.PostAsync($"{item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{item}/roleassignments/addroleassignment(principalid={a},roledefid={ReadRole})");

        var removed = await tenant.PostAsync($"{item}/roleassignments/removeroleassignment(principalid={a},roledefid={ReadRole})");
        var forA = await tenant.GetAsync(Effective(item, A));

        Assert.True(removed["odata.null"]!.GetValue<bool>());
        Assert.Equal("0", forA["Low"]!.GetValue<string>());
    }

    [Fact]
    public async Task EffectivePermissions_ViaGroupMembership_IsTheGroupsRole()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("perm-group", "Runde");
        await AddToMembersAsync(tenant, site, B);

        var forB = await tenant.GetAsync(Effective($"{site}/_api/web", B));

        Assert.Equal(new JsonObject { ["High"] = "432", ["Low"] = "1011030767" }.ToJsonString(), forB.ToJsonString());
    }

    private static string Effective(string scope, string upn) =>
        $"{scope}/getusereffectivepermissions(@user)?@user=" + Uri.EscapeDataString("'i:0#.f|membership|" + upn + "'");

    private static async Task<(string Site, string Item)> FormAsync(TestTenant tenant, string name)
    {
        var site = await tenant.CreateSiteAsync(name, "Runde");
        var list = await tenant.CreateListAsync(site, "Skjema");
        var id = await tenant.AddItemAsync(site, list, ("Title", "Skjema for Kari"));
        return (site, $"{site}/_api/web/lists(guid'{list}')/items({id})");
    }

    internal static async Task AddToMembersAsync(TestTenant tenant, string site, string upn) =>
        await tenant.PostAsync($"{site}/_api/web/sitegroups/getbyname('Runde Members')/users", new { LoginName = "i:0#.f|membership|" + upn }, HttpStatusCode.Created);
}
