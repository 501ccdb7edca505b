using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Folders;

/// <summary>
/// A folder per conversation with permissions of its own (holder Contribute, partner Read): what is added in it
/// inherits the folder's scope from the moment it exists, so nobody else can see it.
/// </summary>
public sealed class FolderPermissionTests
{
    private const string Holder = "kari@stinn.no";
    private const string Partner = "per@stinn.no";
    private const string OtherHolder = "ola@stinn.no";
    private const int Contribute = 1073741827;
    private const int Read = 1073741826;

    [Fact]
    public async Task HolderAddsInTheirFolder_TheItemInheritsTheFolder_PartnerSeesIt_OtherHolderDoesNot()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, _) = await ConversationFoldersAsync(tenant, "fperm-add");

        var added = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak", actAs: Holder);
        var asPartner = await tenant.GetAsync($"{list.Item(added)}?$select=Id,HasUniqueRoleAssignments,AuthorId", actAs: Partner);
        var asOther = await tenant.SendAsync(HttpMethod.Get, list.Item(added), actAs: OtherHolder);
        var partnerQuery = await tenant.GetAsync(list.List + "/items?$select=Id", actAs: Partner);
        var otherQuery = await tenant.GetAsync(list.List + "/items?$select=Id", actAs: OtherHolder);

        Assert.False(asPartner["HasUniqueRoleAssignments"]!.GetValue<bool>());
        Assert.Equal(await tenant.EnsureUserAsync(list.Site, Holder), asPartner["AuthorId"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.Contains(added, Ids(partnerQuery));
        Assert.DoesNotContain(added, Ids(otherQuery));
        Assert.Equal(2, Ids(partnerQuery).Count);
    }

    [Fact]
    public async Task ItemInFolder_EffectivePermissionsAndRoleAssignments_AreTheFolders()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, folder) = await ConversationFoldersAsync(tenant, "fperm-effective");
        var added = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak", actAs: Holder);

        var partner = await tenant.GetAsync($"{list.Item(added)}/getusereffectivepermissions(@u)?@u='{Uri.EscapeDataString("i:0#.f|membership|" + Partner)}'");
        var other = await tenant.GetAsync($"{list.Item(added)}/getusereffectivepermissions(@u)?@u='{Uri.EscapeDataString("i:0#.f|membership|" + OtherHolder)}'");
        var expanded = await tenant.GetAsync($"{list.Item(added)}?$select=Id,RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings");
        var assignments = await tenant.GetAsync($"{list.Item(added)}/roleassignments?$expand=Member,RoleDefinitionBindings");
        var ofFolder = await tenant.GetAsync($"{list.Item(folder)}/roleassignments?$expand=Member,RoleDefinitionBindings");

        Assert.Equal("138612833", partner["Low"]!.GetValue<string>());
        Assert.Equal(("0", "0"), (other["High"]!.GetValue<string>(), other["Low"]!.GetValue<string>()));
        var logins = expanded["RoleAssignments"]!.AsArray().Select(a => a!["Member"]!["LoginName"]!.GetValue<string>()).ToList();
        Assert.Contains("i:0#.f|membership|" + Holder, logins);
        Assert.Contains("i:0#.f|membership|" + Partner, logins);
        Assert.DoesNotContain("i:0#.f|membership|" + OtherHolder, logins);
        Assert.Equal(ofFolder.ToJsonString(), assignments.ToJsonString());
    }

    [Fact]
    public async Task AddingInAFolder_ReaderIsRefused403_SomeoneWhoCannotSeeItGets404_NoFolderAtTheRootWithoutRights()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, _) = await ConversationFoldersAsync(tenant, "fperm-refused");

        var byPartner = await list.AddAsync(FolderTestList.ItemBody(list.Root + "/samtale-1", ("Title", "x")), actAs: Partner);
        var byOther = await list.AddAsync(FolderTestList.ItemBody(list.Root + "/samtale-1", ("Title", "x")), actAs: OtherHolder);
        var folderByHolder = await list.AddAsync(FolderTestList.FolderBody("egen"), actAs: Holder);
        var items = await tenant.GetAsync(list.List + "/items?$select=Id");

        await TestTenant.ExpectErrorAsync(byPartner, HttpStatusCode.Forbidden, "-2147024891, System.UnauthorizedAccessException", "Access denied.");
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, folderByHolder.StatusCode);
        Assert.Equal(2, items["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task ItemInFolder_BreakingWithCopy_CopiesTheFolders_ClearSubscopesOnTheFolder_MakesItInheritAgain()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, folder) = await ConversationFoldersAsync(tenant, "fperm-break");
        var added = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak");

        await tenant.PostAsync($"{list.Item(added)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)");
        var copied = await tenant.GetAsync($"{list.Item(added)}/roleassignments?$expand=Member");
        await tenant.PostAsync($"{list.Item(folder)}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)");
        var after = await tenant.GetAsync($"{list.Item(added)}?$select=HasUniqueRoleAssignments");

        Assert.Contains(copied["value"]!.AsArray(), a => a!["Member"]!["LoginName"]!.GetValue<string>() == "i:0#.f|membership|" + Partner);
        Assert.False(after["HasUniqueRoleAssignments"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DeletingAFolder_DeletesWhatIsInIt()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, folder) = await ConversationFoldersAsync(tenant, "fperm-delete");
        var inside = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak");

        var deleted = await tenant.SendAsync(HttpMethod.Delete, list.Item(folder));
        var gone = await tenant.SendAsync(HttpMethod.Get, list.Item(inside));
        var bin = await tenant.GetAsync(list.Site + "/_api/web/RecycleBin");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(bin["value"]!.AsArray());
    }

    [Fact]
    public async Task RecyclingAFolder_OneFolderEntryTakesItsItems_AnItemRecycledFromAFolderShowsTheFolderAsDirName()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, folder) = await ConversationFoldersAsync(tenant, "fperm-recycle");
        var first = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak 1");
        var second = await list.AddItemInAsync(list.Root + "/samtale-1", "Tiltak 2");

        var itemBin = (await tenant.PostAsync($"{list.Item(first)}/recycle"))["value"]!.GetValue<string>();
        var folderBin = (await tenant.PostAsync($"{list.Item(folder)}/recycle"))["value"]!.GetValue<string>();
        var itemEntry = await tenant.GetAsync($"{list.Site}/_api/web/RecycleBin('{itemBin}')");
        var folderEntry = await tenant.GetAsync($"{list.Site}/_api/web/RecycleBin('{folderBin}')");
        var items = await tenant.GetAsync(list.List + "/items?$select=Id");
        var bin = await tenant.GetAsync(list.Site + "/_api/web/RecycleBin");

        Assert.Equal((list.Root.TrimStart('/') + "/samtale-1", $"{first}_.000", 3), (itemEntry["DirName"]!.GetValue<string>(), itemEntry["LeafName"]!.GetValue<string>(), itemEntry["ItemType"]!.GetValue<int>()));
        Assert.Equal((list.Root.TrimStart('/'), "samtale-1", 5), (folderEntry["DirName"]!.GetValue<string>(), folderEntry["LeafName"]!.GetValue<string>(), folderEntry["ItemType"]!.GetValue<int>()));
        Assert.DoesNotContain(second, Ids(items));
        Assert.DoesNotContain(folder, Ids(items));
        Assert.Equal(2, bin["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task RecyclingAFolder_AsSomeoneWhoCannotDeleteAnItemInIt_IsRefused()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (list, folder) = await ConversationFoldersAsync(tenant, "fperm-recycle-denied");
        var locked = await list.AddItemInAsync(list.Root + "/samtale-1", "Låst", actAs: Holder);
        await tenant.PostAsync($"{list.Item(locked)}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
        await tenant.PostAsync($"{list.Item(locked)}/roleassignments/addroleassignment(principalid={await tenant.EnsureUserAsync(list.Site, Holder)},roledefid={Read})");

        var response = await tenant.SendAsync(HttpMethod.Post, $"{list.Item(folder)}/recycle", actAs: Holder);
        var still = await tenant.GetAsync(list.List + "/items?$select=Id");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(locked, Ids(still));
    }

    private static List<int> Ids(JsonObject page) => [.. page["value"]!.AsArray().Select(i => i!["Id"]!.GetValue<int>())];

    /// <summary>
    /// Tiltak with unique permissions (only the app), and per conversation a folder with its own: samtale-1 holder
    /// Contribute and partner Read, samtale-2 the other holder Contribute.
    /// </summary>
    private static async Task<(FolderTestList List, int Folder)> ConversationFoldersAsync(TestTenant tenant, string name)
    {
        var list = await FolderTestList.CreateAsync(tenant, name);
        await tenant.PostAsync($"{list.List}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)");
        var one = await list.AddFolderAsync("samtale-1");
        var two = await list.AddFolderAsync("samtale-2");
        foreach (var (folder, grants) in new[] { (one, new[] { (Holder, Contribute), (Partner, Read) }), (two, new[] { (OtherHolder, Contribute) }) })
        {
            await tenant.PostAsync($"{list.Item(folder)}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)");
            foreach (var (upn, role) in grants)
            {
                var user = await tenant.EnsureUserAsync(list.Site, upn);
                await tenant.PostAsync(string.Create(CultureInfo.InvariantCulture, $"{list.Item(folder)}/roleassignments/addroleassignment(principalid={user},roledefid={role})"));
            }
        }

        return (list, one);
    }
}
