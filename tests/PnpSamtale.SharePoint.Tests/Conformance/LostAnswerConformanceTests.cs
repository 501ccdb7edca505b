using PnpSamtale.LocalTenant;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: an answer lost after the request went out leaves its outcome unknown — the write may well have happened
/// (the local tenant's "commit, then drop the response"). The client never sends a non-idempotent request twice
/// behind the caller's back — neither its retry handler nor the HTTP stack below it — and says so in a
/// <see cref="RequestOutcomeUnknownException"/>; an idempotent read is simply read again.
/// </summary>
public sealed class LostAnswerConformanceTests
{
    private const string Add = "POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath";

    [Fact]
    public async Task AddWhoseAnswerIsDroppedAfterCommit_IsWrittenOnce_AndTheCallerIsToldTheOutcomeIsUnknown()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "lost-add");
        local.Tenant.AddFault(new EndpointFault(Add, EndpointFaultKind.DropResponseAfterCommit) { List = "Samtaler" });
        var items = local.Get<ItemClient>();

        var lost = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() =>
            items.AddItemAsync(site, list, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None));
        var written = await items.QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey"]), CancellationToken.None);

        Assert.Equal(("POST", false), (lost.Method, lost.Resent));
        Assert.Equal(["k1"], written.Select(i => i.GetString("SamtaleKey")));
        Assert.Equal((1, 1), Counts(local.Tenant));
    }

    [Fact]
    public async Task BatchOfAddsWhoseAnswerIsDroppedAfterCommit_EveryAddIsWrittenOnce()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "lost-batch");
        local.Tenant.AddFault(new EndpointFault(EndpointFault.BatchPrefix + Add, EndpointFaultKind.DropResponseAfterCommit));
        var rows = Enumerable.Range(1, 3).Select(i => (IReadOnlyList<FormValue>)[FormValue.Text("SamtaleKey", $"k{i}")]).ToList();

        await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => local.Get<ItemBatchClient>().AddItemsAsync(site, list, rows, CancellationToken.None));
        var written = await local.Get<ItemClient>().QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey"]), CancellationToken.None);

        Assert.Equal(["k1", "k2", "k3"], written.Select(i => i.GetString("SamtaleKey")));
        Assert.Equal(1, local.Tenant.GetRequestCounts().For("POST /_api/$batch"));
    }

    [Fact]
    public async Task PostWithoutBodyWhoseAnswerIsDropped_IsNotResentByTheHttpStack()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "lost-recycle");
        var id = (await local.Get<ItemClient>().AddItemAsync(site, list, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None)).ItemId;
        local.Tenant.AddFault(new EndpointFault("POST /_api/web/lists({listKey})/items({itemId})/recycle", EndpointFaultKind.DropResponseAfterCommit) { Times = 0 });

        await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => local.Get<ItemClient>().RecycleItemAsync(site, list, id, CancellationToken.None));

        Assert.Equal((1, 1), Counts(local.Tenant));
        Assert.Null(await local.Get<ItemClient>().FindItemAsync(site, list, id, [], CancellationToken.None));
    }

    [Fact]
    public async Task ReadWhoseAnswerIsCutShort_IsReadAgain()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "cut-read");
        var id = (await local.Get<ItemClient>().AddItemAsync(site, list, [FormValue.Text("SamtaleKey", "k1")], CancellationToken.None)).ItemId;
        local.Tenant.AddFault(new EndpointFault("GET /_api/web/lists({listKey})/items({itemId})", EndpointFaultKind.DropAfterBytes) { Bytes = 5 });

        var item = await local.Get<ItemClient>().FindItemAsync(site, list, id, ["SamtaleKey"], CancellationToken.None);

        Assert.Equal("k1", item!.GetString("SamtaleKey"));
        Assert.Equal((2, 1), Counts(local.Tenant));
    }

    private static (int Matched, int Fired) Counts(LocalTenantServer tenant)
    {
        var state = Assert.Single(tenant.GetFaults());
        return (state.Matched, state.Fired);
    }

    private static async Task<(Uri Site, Guid List)> ConversationsAsync(LocalTenantFixture local, string name)
    {
        var site = await local.CreateSiteAsync(name);
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        return (site, list.Id);
    }
}
