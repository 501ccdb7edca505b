using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

public sealed class PermissionAndRecycleTests
{
    [Fact]
    public async Task BreakInheritanceAndGrantA_OnlyACanViewAndEdit()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("permissions");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var item = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None);
        var a = await local.Get<SiteUserClient>().EnsureUserAsync(site, "jonas.hagen@stinn.example", CancellationToken.None);
        await local.Get<SiteUserClient>().EnsureUserAsync(site, "emma.solberg@stinn.example", CancellationToken.None);
        var edit = await local.Get<RoleDefinitionClient>().GetByTypeAsync(site, RoleTypeKind.Editor, CancellationToken.None);
        var scope = SecurableScope.Item(site, list.Id, item.ItemId);
        var permissions = local.Get<PermissionClient>();

        var results = await permissions.ApplyAsync(site, [new BreakInheritance(scope, false, false), new AddRoleAssignment(scope, a.Id, edit.Id)], CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.True(await permissions.HasUniqueRoleAssignmentsAsync(scope, CancellationToken.None));
        var forA = await permissions.GetUserEffectivePermissionsAsync(scope, "jonas.hagen@stinn.example", CancellationToken.None);
        var forB = await permissions.GetUserEffectivePermissionsAsync(scope, "emma.solberg@stinn.example", CancellationToken.None);
        Assert.True(forA.Has(PermissionKind.ViewListItems));
        Assert.True(forA.Has(PermissionKind.EditListItems));
        Assert.Equal(BasePermissions.None, forB);
        Assert.Contains(await permissions.GetRoleAssignmentsAsync(scope, CancellationToken.None), r => r.PrincipalId == a.Id && r.RoleDefinitionBindings.Any(d => d.RoleTypeKind == RoleTypeKind.Editor));
    }

    [Fact]
    public async Task RecycledItem_GoesWebBinThenSiteBinThenGone()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("recycle");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var item = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None);
        var bins = local.Get<RecycleBinClient>();

        var binId = await local.Get<ItemClient>().RecycleItemAsync(site, list.Id, item.ItemId, CancellationToken.None);
        Assert.Equal(RecycleBinStage.FirstStage, Assert.Single(await bins.GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None), b => b.Id == binId).ItemState);
        Assert.False((await bins.VerifyGoneAsync(site, list.Id, [item.ItemId], [binId], CancellationToken.None)).IsGone);

        await bins.MoveToSecondStageAsync(site, binId, CancellationToken.None);
        Assert.DoesNotContain(await bins.GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None), b => b.Id == binId);
        Assert.Equal(RecycleBinStage.SecondStage, Assert.Single(await bins.GetAllAsync(site, RecycleBinStage.SecondStage, CancellationToken.None), b => b.Id == binId).ItemState);

        await bins.DeleteFromSiteRecycleBinAsync(site, binId, CancellationToken.None);
        Assert.True((await bins.VerifyGoneAsync(site, list.Id, [item.ItemId], [binId], CancellationToken.None)).IsGone);
    }

    [Fact]
    public async Task PermanentlyDeletedItem_IsGoneAtOnceWithNoBinEntry()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("shred");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var item = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None);
        var bins = local.Get<RecycleBinClient>();

        await local.Get<ItemClient>().DeleteItemAsync(site, list.Id, item.ItemId, CancellationToken.None);

        Assert.Empty(await bins.GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None));
        Assert.Empty(await bins.GetAllAsync(site, RecycleBinStage.SecondStage, CancellationToken.None));
        Assert.True((await bins.VerifyGoneAsync(site, list.Id, [item.ItemId], [], CancellationToken.None)).IsGone);
    }
}
