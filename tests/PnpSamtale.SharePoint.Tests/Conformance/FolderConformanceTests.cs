using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Folders;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Tests.EndToEnd;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rules of folders in a generic list: a folder is made by <c>AddValidateUpdateItemUsingPath</c> with
/// <c>UnderlyingObjectType</c> 1 (PnP Core's <c>AddListFolder</c>) only in a list that allows folders
/// (<c>EnableFolderCreation</c>, off in a new list); a taken name is refused, which makes "ensure" safe to repeat; an
/// item added with a <c>FolderPath</c> is in that folder (<c>FileDirRef</c>) and inherits its permissions; item queries
/// return the folders and the items of every folder; an item recycled from a folder keeps the folder as <c>DirName</c>.
/// </summary>
public sealed class FolderConformanceTests
{
    private const string Holder = "kari@stinn.example";
    private const string Partner = "per@stinn.example";
    private const string OtherHolder = "ola@stinn.example";

    private static readonly ListDefinition Measures = new("Tiltak", ListTemplate.GenericList,
    [
        new ColumnDefinition("SamtaleKey", ColumnKind.Text) { Indexed = true },
        new ColumnDefinition("Frist", ColumnKind.Date),
    ]);

    [Fact]
    public async Task FolderInANewList_IsRefusedUntilTheListAllowsFolders()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("conf-folder-enable");
        var list = await local.Get<ListClient>().CreateListAsync(site, Measures, CancellationToken.None);
        var folders = local.Get<FolderClient>();

        var refused = await Assert.ThrowsAsync<SharePointServiceException>(() => folders.EnsureFolderAsync(site, list.Id, "samtale-1", CancellationToken.None));
        await folders.EnableFolderCreationAsync(site, list.Id, CancellationToken.None);
        var folder = await folders.EnsureFolderAsync(site, list.Id, "samtale-1", CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(await folders.GetRootFolderUrlAsync(site, list.Id, CancellationToken.None) + "/samtale-1", folder.ServerRelativeUrl);
    }

    [Fact]
    public async Task EnsureFolder_Twice_FindsTheSameFolder_AndCreatesOne()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await MeasuresAsync(local, "conf-folder-ensure");
        var folders = local.Get<FolderClient>();

        var first = await folders.EnsureFolderAsync(site, list, "samtale-1", CancellationToken.None);
        var again = await folders.EnsureFoldersAsync(site, list, ["samtale-1", "samtale-2"], CancellationToken.None);
        var items = await local.Get<ItemClient>().QueryItemsAsync(site, list, new ItemQuery(["FSObjType"], null, 5000), CancellationToken.None);

        Assert.Equal(first, again[0].GetValueOrThrow());
        Assert.NotEqual(first.Id, again[1].GetValueOrThrow().Id);
        Assert.Equal(2, items.Count(i => i.IsFolder));
    }

    [Fact]
    public async Task HoldersMeasureInTheirFolder_IsReadableByThePartner_AndNobodyElse()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await MeasuresAsync(local, "conf-folder-secure");
        var folder = await ConversationFolderAsync(local, site, list);
        using var kari = new ActingUser(local.Tenant.BaseUri, Holder);
        var settings = await local.Get<RegionalSettingsClient>().GetAsync(site, CancellationToken.None);

        var written = await kari.SendAsync(ItemRequests.AddInFolder(site, list, folder.ServerRelativeUrl, [FormValue.Text("Title", "Tiltak"), FormValue.Text("SamtaleKey", "k1")], settings));
        var added = ItemResponses.WriteResult(new SharePoint.Http.WireResponse(written.StatusCode, [], await written.Content.ReadAsByteArrayAsync()));
        var item = await local.Get<ItemClient>().FindItemAsync(site, list, added.ItemId, ["FileDirRef", "FSObjType"], CancellationToken.None);
        var permissions = local.Get<PermissionClient>();
        var scope = SecurableScope.Item(site, list, added.ItemId);

        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal(folder.ServerRelativeUrl, item!.FileDirRef);
        Assert.False(item.IsFolder);
        Assert.False(item.GetBoolean("HasUniqueRoleAssignments"));
        Assert.True((await permissions.GetUserEffectivePermissionsAsync(scope, Partner, CancellationToken.None)).Has(PermissionKind.ViewListItems));
        Assert.False((await permissions.GetUserEffectivePermissionsAsync(scope, Partner, CancellationToken.None)).Has(PermissionKind.EditListItems));
        Assert.Equal(BasePermissions.None, await permissions.GetUserEffectivePermissionsAsync(scope, OtherHolder, CancellationToken.None));
        Assert.Equal(
            (await permissions.GetRoleAssignmentsAsync(SecurableScope.Item(site, list, folder.Id), CancellationToken.None)).Select(a => a.PrincipalId),
            (await permissions.GetRoleAssignmentsAsync(scope, CancellationToken.None)).Select(a => a.PrincipalId));
    }

    [Fact]
    public async Task ItemQuery_ReturnsFoldersAndTheItemsOfEveryFolder_WithTheirFolder()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await MeasuresAsync(local, "conf-folder-query");
        var folders = (await local.Get<FolderClient>().EnsureFoldersAsync(site, list, ["samtale-1", "samtale-2"], CancellationToken.None)).Select(r => r.GetValueOrThrow()).ToList();
        var batch = local.Get<ItemBatchClient>();
        foreach (var folder in folders)
        {
            Assert.All(await batch.AddItemsInFolderAsync(site, list, folder.ServerRelativeUrl, [[FormValue.Text("SamtaleKey", folder.Name + "-a")], [FormValue.Text("SamtaleKey", folder.Name + "-b")]], CancellationToken.None), r => Assert.True(r.GetValueOrThrow().Succeeded));
        }

        var items = await local.Get<ItemClient>().QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey", "FileDirRef", "FSObjType"], null, 5000), CancellationToken.None);

        Assert.Equal(2, items.Count(i => i.IsFolder));
        Assert.Equal(["samtale-1-a", "samtale-1-b"], items.Where(i => i.FileDirRef == folders[0].ServerRelativeUrl && !i.IsFolder).Select(i => i.GetString("SamtaleKey")));
        Assert.Equal(["samtale-2-a", "samtale-2-b"], items.Where(i => i.FileDirRef == folders[1].ServerRelativeUrl && !i.IsFolder).Select(i => i.GetString("SamtaleKey")));
    }

    [Fact]
    public async Task ItemRecycledFromAFolder_ItsBinEntryNamesTheFolder()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await MeasuresAsync(local, "conf-folder-bin");
        var folder = await local.Get<FolderClient>().EnsureFolderAsync(site, list, "samtale-1", CancellationToken.None);
        var added = await local.Get<ItemClient>().AddItemInFolderAsync(site, list, folder.ServerRelativeUrl, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None);

        var binId = await local.Get<ItemClient>().RecycleItemAsync(site, list, added.ItemId, CancellationToken.None);
        var folderBinId = await local.Get<ItemClient>().RecycleItemAsync(site, list, folder.Id, CancellationToken.None);
        var entries = await local.Get<RecycleBinClient>().GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None);

        var entry = Assert.Single(entries, e => e.Id == binId);
        Assert.Equal(folder.ServerRelativeUrl.TrimStart('/'), entry.DirName);
        Assert.Equal(RecycleBinItemType.Folder, Assert.Single(entries, e => e.Id == folderBinId).ItemType);
    }

    [Fact]
    public async Task AddItemInAFolderThatDoesNotExist_IsATypedNotFound()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await MeasuresAsync(local, "conf-folder-missing");
        var root = await local.Get<FolderClient>().GetRootFolderUrlAsync(site, list, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SharePointServiceException>(() =>
            local.Get<ItemClient>().AddItemInFolderAsync(site, list, root + "/finnes-ikke", [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Null(await local.Get<FolderClient>().FindFolderAsync(site, root + "/finnes-ikke", CancellationToken.None));
    }

    private static async Task<(Uri Site, Guid List)> MeasuresAsync(LocalTenantFixture local, string name)
    {
        var site = await local.CreateSiteAsync(name);
        var list = await local.Get<ListClient>().CreateListAsync(site, Measures, CancellationToken.None);
        await local.Get<FolderClient>().EnableFolderCreationAsync(site, list.Id, CancellationToken.None);
        return (site, list.Id);
    }

    /// <summary>The list kept to the app; a folder for the conversation: holder Contribute, partner Read; another holder's folder beside it.</summary>
    private static async Task<ListFolder> ConversationFolderAsync(LocalTenantFixture local, Uri site, Guid list)
    {
        var permissions = local.Get<PermissionClient>();
        var users = local.Get<SiteUserClient>();
        var roles = local.Get<RoleDefinitionClient>();
        var contribute = (await roles.GetByTypeAsync(site, RoleTypeKind.Contributor, CancellationToken.None)).Id;
        var read = (await roles.GetByTypeAsync(site, RoleTypeKind.Reader, CancellationToken.None)).Id;
        await permissions.BreakInheritanceAsync(SecurableScope.List(site, list), copyRoleAssignments: false, clearSubscopes: true, CancellationToken.None);
        var folders = (await local.Get<FolderClient>().EnsureFoldersAsync(site, list, ["samtale-1", "samtale-2"], CancellationToken.None)).Select(r => r.GetValueOrThrow()).ToList();
        var changes = new List<PermissionChange>();
        foreach (var (folder, grants) in new[] { (folders[0], new[] { (Holder, contribute), (Partner, read) }), (folders[1], new[] { (OtherHolder, contribute) }) })
        {
            var scope = SecurableScope.Item(site, list, folder.Id);
            changes.Add(new BreakInheritance(scope, CopyRoleAssignments: false, ClearSubscopes: false));
            foreach (var (upn, role) in grants)
            {
                changes.Add(new AddRoleAssignment(scope, (await users.EnsureUserAsync(site, upn, CancellationToken.None)).Id, role));
            }
        }

        Assert.All(await permissions.ApplyAsync(site, changes, CancellationToken.None), r => Assert.True(r.Succeeded));
        return folders[0];
    }
}
