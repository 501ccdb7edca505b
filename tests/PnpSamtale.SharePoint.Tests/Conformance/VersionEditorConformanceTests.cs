using System.Net;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Tests.EndToEnd;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: each version of an item names who made it, as <c>"Editor":{"LookupId","LookupValue","Email"}</c> (recorded
/// from SharePoint Online by the PnP Core SDK), and carries the values its columns had then. The client reads the
/// editor's site user id per version, so the converger can tell who set a form's status.
/// </summary>
public sealed class VersionEditorConformanceTests
{
    private const string Holder = "kari@stinn.example";

    [Fact]
    public async Task StatusSetByThePerson_TheVersionThatSetItNamesThePerson_OlderVersionsDoNot()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, itemId, holder) = await ListWithHolderAsync(local, "conf-versions");
        using var kari = new ActingUser(local.Tenant.BaseUri, Holder);

        var write = await kari.PostAsync(
            SharePoint.Http.SharePointRequest.Api(site, $"web/lists(guid'{list}')/items({itemId})/ValidateUpdateListItem"),
            new { formValues = new[] { new { FieldName = "Status", FieldValue = "Gjennomført" } }, bNewDocumentUpdate = false });
        var versions = await local.Get<ItemClient>().GetVersionsAsync(site, list, itemId, ["Status"], CancellationToken.None);
        var app = await local.Get<SiteUserClient>().GetCurrentUserAsync(site, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
        Assert.Equal(["Gjennomført", "Planlagt"], versions.Select(v => v.GetString("Status")));
        Assert.Equal(holder, versions[0].EditorId);
        Assert.Equal(app.Id, versions[1].EditorId);
    }

    [Fact]
    public async Task WhoSetTheCurrentValue_IsFoundByWalkingTheVersions()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, itemId, holder) = await ListWithHolderAsync(local, "conf-versions-walk");
        using var kari = new ActingUser(local.Tenant.BaseUri, Holder);
        var update = SharePoint.Http.SharePointRequest.Api(site, $"web/lists(guid'{list}')/items({itemId})/ValidateUpdateListItem");
        await kari.PostAsync(update, new { formValues = new[] { new { FieldName = "Status", FieldValue = "Gjennomført" } }, bNewDocumentUpdate = false });
        await local.Get<ItemClient>().UpdateItemAsync(site, list, itemId, [FormValue.Number("Runde", 2)], CancellationToken.None);

        var versions = await local.Get<ItemClient>().GetVersionsAsync(site, list, itemId, ["Status"], CancellationToken.None);

        // Newest first: the oldest version in the unbroken run of the current value is the one that set it.
        var current = versions[0].GetString("Status");
        var setter = versions.TakeWhile(v => v.GetString("Status") == current).Last();
        Assert.Equal(3, versions.Count);
        Assert.Equal(holder, setter.EditorId);
        Assert.NotEqual(holder, versions[0].EditorId);
    }

    private static async Task<(Uri Site, Guid List, int ItemId, int Holder)> ListWithHolderAsync(LocalTenantFixture local, string name)
    {
        var site = await local.CreateSiteAsync(name);
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var added = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1"), FormValue.Text("Status", "Planlagt")], CancellationToken.None);
        var holder = await local.Get<SiteUserClient>().EnsureUserAsync(site, Holder, CancellationToken.None);
        var contribute = await local.Get<RoleDefinitionClient>().GetByTypeAsync(site, RoleTypeKind.Contributor, CancellationToken.None);
        var permissions = local.Get<PermissionClient>();
        await permissions.BreakInheritanceAsync(SecurableScope.List(site, list.Id), copyRoleAssignments: true, clearSubscopes: false, CancellationToken.None);
        await permissions.AddRoleAssignmentAsync(SecurableScope.List(site, list.Id), holder.Id, contribute.Id, CancellationToken.None);
        return (site, list.Id, added.ItemId, holder.Id);
    }
}
