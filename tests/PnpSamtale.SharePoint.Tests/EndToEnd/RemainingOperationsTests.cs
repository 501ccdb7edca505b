using System.Net.Http.Json;
using System.Text.Json;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

public sealed class RemainingOperationsTests
{
    [Fact]
    public async Task RemoveAssignmentAndResetInheritance_RestoreTheListsPermissions()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("reset");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var item = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None);
        var users = await local.Get<SiteUserClient>().EnsureUsersAsync(site, ["a@stinn.example", "b@stinn.example"], CancellationToken.None);
        var a = users[0].GetValueOrThrow();
        var read = await local.Get<RoleDefinitionClient>().GetByTypeAsync(site, RoleTypeKind.Reader, CancellationToken.None);
        var scope = SecurableScope.Item(site, list.Id, item.ItemId);
        var permissions = local.Get<PermissionClient>();
        await permissions.BreakInheritanceAsync(scope, copyRoleAssignments: false, clearSubscopes: false, CancellationToken.None);
        await permissions.AddRoleAssignmentAsync(scope, a.Id, read.Id, CancellationToken.None);
        Assert.True((await permissions.GetUserEffectivePermissionsAsync(scope, "a@stinn.example", CancellationToken.None)).Has(PermissionKind.ViewListItems));

        await permissions.RemoveRoleAssignmentAsync(scope, a.Id, read.Id, CancellationToken.None);
        Assert.Equal(BasePermissions.None, await permissions.GetUserEffectivePermissionsAsync(scope, "a@stinn.example", CancellationToken.None));

        await permissions.ResetInheritanceAsync(scope, CancellationToken.None);
        Assert.False(await permissions.HasUniqueRoleAssignmentsAsync(scope, CancellationToken.None));
        Assert.Equal(
            await permissions.GetRoleAssignmentsAsync(SecurableScope.List(site, list.Id), CancellationToken.None),
            await permissions.GetRoleAssignmentsAsync(scope, CancellationToken.None),
            new RoleAssignmentComparer());
    }

    [Fact]
    public async Task DeleteByIds_RemovesBinItemsOfBothStages()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("deletebyids");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var added = await local.Get<ItemBatchClient>().AddItemsAsync(site, list.Id, [[FormValue.Text("SamtaleKey", "k1")], [FormValue.Text("SamtaleKey", "k2")]], CancellationToken.None);
        var ids = added.Select(r => r.GetValueOrThrow().ItemId).ToList();
        var binIds = (await local.Get<ItemBatchClient>().RecycleItemsAsync(site, list.Id, ids, CancellationToken.None)).Select(r => r.GetValueOrThrow()).ToList();
        var bins = local.Get<RecycleBinClient>();
        await bins.MoveToSecondStageAsync(site, binIds[0], CancellationToken.None);

        await bins.DeleteByIdsAsync(site, binIds, CancellationToken.None);

        Assert.Empty(await bins.GetAllAsync(site, RecycleBinStage.FirstStage, CancellationToken.None));
        Assert.Empty(await bins.GetAllAsync(site, RecycleBinStage.SecondStage, CancellationToken.None));
        Assert.True((await bins.VerifyGoneAsync(site, list.Id, ids, binIds, CancellationToken.None)).IsGone);
    }

    [Fact]
    public async Task SendMail_Single_LandsInTheOutboxWithRecipients()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var message = new MailMessage("Purring: bekreft skjemaet", MailContentType.Html, "<p><a href=\"https://x.example/s\">Skjema</a></p>", [new MailRecipient("partner@stinn.example", "Partner")])
        {
            Cc = [new MailRecipient("holder@stinn.example")],
        };

        await local.Get<MailClient>().SendMailAsync(new OutgoingMail("ou@stinn.example", message), CancellationToken.None);

        using var http = new HttpClient();
        var mail = (await http.GetFromJsonAsync<JsonElement>(new Uri(local.Tenant.BaseUri, "_local/outbox"))).GetProperty("value")[0];
        Assert.Equal("Purring: bekreft skjemaet", mail.GetProperty("subject").GetString());
        Assert.Contains("partner@stinn.example", mail.GetProperty("to").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("holder@stinn.example", mail.GetProperty("cc").GetRawText(), StringComparison.Ordinal);
    }

    private sealed class RoleAssignmentComparer : IEqualityComparer<IReadOnlyList<RoleAssignment>>
    {
        public bool Equals(IReadOnlyList<RoleAssignment>? x, IReadOnlyList<RoleAssignment>? y) =>
            Key(x).SequenceEqual(Key(y));

        public int GetHashCode(IReadOnlyList<RoleAssignment> obj) => Key(obj).Count();

        private static IEnumerable<string> Key(IReadOnlyList<RoleAssignment>? assignments) =>
            (assignments ?? []).Select(a => $"{a.PrincipalId}:{string.Join(',', a.RoleDefinitionBindings.Select(b => b.Id).Order())}").Order(StringComparer.Ordinal);
    }
}
