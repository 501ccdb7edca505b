using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Permissions;

public sealed class PermissionRequestsTests
{
    private const string Web = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web";
    private const string List = Web + "/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')";
    private const string Item = List + "/items(17)";

    public static TheoryData<string, string> Scopes => new()
    {
        { "web", Web },
        { "list", List },
        { "item", Item },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void BreakInheritance_Scope_PostsBothFlags(string scope, string url)
    {
        // wire-subset.md: POST {scope}/breakroleinheritance(copyRoleAssignments={bool},clearSubscopes={bool})
        var request = PermissionRequests.BreakInheritance(ScopeOf(scope), copyRoleAssignments: false, clearSubscopes: true);

        WireAssert.SharePointPost(request, url + "/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void ResetInheritance_Scope_PostsReset(string scope, string url)
    {
        // wire-subset.md: POST {scope}/resetroleinheritance
        WireAssert.SharePointPost(PermissionRequests.ResetInheritance(ScopeOf(scope)), url + "/resetroleinheritance");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void AddRoleAssignment_Scope_PostsPrincipalAndRole(string scope, string url)
    {
        // wire-subset.md: POST {scope}/roleassignments/addroleassignment(principalid={id},roledefid={id})
        var request = PermissionRequests.AddRoleAssignment(ScopeOf(scope), 12, 1073741826);

        WireAssert.SharePointPost(request, url + "/roleassignments/addroleassignment(principalid=12,roledefid=1073741826)");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void RemoveRoleAssignment_Scope_PostsPrincipalAndRole(string scope, string url)
    {
        // wire-subset.md: POST {scope}/roleassignments/removeroleassignment(principalid={id},roledefid={id})
        var request = PermissionRequests.RemoveRoleAssignment(ScopeOf(scope), 12, 1073741826);

        WireAssert.SharePointPost(request, url + "/roleassignments/removeroleassignment(principalid=12,roledefid=1073741826)");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void GetRoleAssignments_Scope_ExpandsMemberAndBindings(string scope, string url)
    {
        // wire-subset.md: GET {scope}/roleassignments?$expand=Member,RoleDefinitionBindings
        WireAssert.SharePointGet(PermissionRequests.GetRoleAssignments(ScopeOf(scope)), url + "/roleassignments?$expand=Member,RoleDefinitionBindings");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void GetHasUniqueRoleAssignments_Scope_SelectsTheFlag(string scope, string url)
    {
        // wire-subset.md: GET {scope}?$select=HasUniqueRoleAssignments
        WireAssert.SharePointGet(PermissionRequests.GetHasUniqueRoleAssignments(ScopeOf(scope)), url + "?$select=HasUniqueRoleAssignments");
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void GetUserEffectivePermissions_Upn_UrlEncodesTheClaimsLoginName(string scope, string url)
    {
        // wire-subset.md: GET {scope}/getusereffectivepermissions(@user)?@user='{urlencoded login name}'
        var request = PermissionRequests.GetUserEffectivePermissions(ScopeOf(scope), "ola.tredje@contoso.com");

        WireAssert.SharePointGet(request, url + "/getusereffectivepermissions(@user)?@user='i%3A0%23.f%7Cmembership%7Cola.tredje%40contoso.com'");
    }

    [Fact]
    public void For_EachChangeKind_BuildsTheMatchingRequest()
    {
        var scope = SecurableScope.Item(TestSetup.Site, TestSetup.ListId, 17);

        Assert.Equal(Item + "/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)",
            PermissionRequests.For(new BreakInheritance(scope, true, false)).Uri.AbsoluteUri);
        Assert.Equal(Item + "/resetroleinheritance", PermissionRequests.For(new ResetInheritance(scope)).Uri.AbsoluteUri);
        Assert.Equal(Item + "/roleassignments/addroleassignment(principalid=3,roledefid=4)", PermissionRequests.For(new AddRoleAssignment(scope, 3, 4)).Uri.AbsoluteUri);
        Assert.Equal(Item + "/roleassignments/removeroleassignment(principalid=3,roledefid=4)", PermissionRequests.For(new RemoveRoleAssignment(scope, 3, 4)).Uri.AbsoluteUri);
    }

    private static SecurableScope ScopeOf(string scope) => scope switch
    {
        "web" => SecurableScope.Web(TestSetup.Site),
        "list" => SecurableScope.List(TestSetup.Site, TestSetup.ListId),
        _ => SecurableScope.Item(TestSetup.Site, TestSetup.ListId, 17),
    };
}
