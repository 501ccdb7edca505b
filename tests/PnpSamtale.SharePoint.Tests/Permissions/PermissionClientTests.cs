using System.Net;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Permissions;

public sealed class PermissionClientTests
{
    private const string Item = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/items";

    [Fact]
    public async Task ApplyAsync_GrantsListedBeforeBreaks_BreaksGoFirstAndResultsKeepInputOrder()
    {
        var server = new SharePointBatchServer((operation, _) => operation.Contains("items(2)/roleassignments", StringComparison.Ordinal)
            ? new PartAnswer(HttpStatusCode.BadRequest, """{"odata.error":{"code":"-1, System.ArgumentException","message":{"lang":"en-US","value":"The scope inherits."}}}""")
            : PartAnswer.Ok());
        var client = new PermissionClient(TestSetup.Transport(server.Handler), TestSetup.SharePointBatches(server.Handler, new ManualTimeProvider()));
        var item1 = SecurableScope.Item(TestSetup.Site, TestSetup.ListId, 1);
        var item2 = SecurableScope.Item(TestSetup.Site, TestSetup.ListId, 2);

        var results = await client.ApplyAsync(TestSetup.Site,
            [new AddRoleAssignment(item1, 12, 1073741826), new BreakInheritance(item1, false, false), new AddRoleAssignment(item2, 12, 1073741826)],
            CancellationToken.None);

        Assert.Equal([$"POST {Item}(1)/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)"], server.Batches[0]);
        Assert.Equal(2, server.Batches[1].Count);
        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.Equal([true, true, false], results.Select(r => r.Succeeded));
        Assert.Equal(HttpStatusCode.BadRequest, results[2].Error!.Status);
    }

    [Fact]
    public async Task GetUserEffectivePermissionsAsync_NoRole_ReadsZeroMask()
    {
        var stub = new StubHandler((_, _) => Respond.Json("""{"High":"0","Low":"0"}"""));
        var client = new PermissionClient(TestSetup.Transport(stub), TestSetup.SharePointBatches(stub, new ManualTimeProvider()));

        var permissions = await client.GetUserEffectivePermissionsAsync(SecurableScope.Item(TestSetup.Site, TestSetup.ListId, 1), "tredje@contoso.com", CancellationToken.None);

        Assert.Equal(BasePermissions.None, permissions);
    }
}
