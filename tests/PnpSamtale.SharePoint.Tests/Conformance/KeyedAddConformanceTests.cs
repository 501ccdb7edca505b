using PnpSamtale.LocalTenant;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: a column that enforces unique values refuses a second item with the same key ("This value already exists in
/// the list.", field by field), and a filter on that indexed column matching one item is allowed past the list view
/// threshold. So the client adds by key without ever making a second item: a re-run finds what is there, and an add
/// whose answer was lost (the local tenant's "commit, then drop the response") is looked up by its key, not re-sent.
/// </summary>
public sealed class KeyedAddConformanceTests
{
    private const string BatchAdd = "batch:POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath";

    [Fact]
    public async Task Rerun_FindsTheItemsAlreadyThereWithTheirIds_AndAddsOnlyTheNewOne()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "keyed-rerun");
        var keyed = local.Get<KeyedItemClient>();
        var first = await keyed.AddAsync(site, list, "SamtaleKey", Rows(1, 3), CancellationToken.None);

        var second = await keyed.AddAsync(site, list, "SamtaleKey", Rows(1, 4), CancellationToken.None);

        Assert.All(first, r => Assert.Equal(KeyedAddOutcome.Added, r.Outcome));
        Assert.Equal([KeyedAddOutcome.AlreadyThere, KeyedAddOutcome.AlreadyThere, KeyedAddOutcome.AlreadyThere, KeyedAddOutcome.Added], second.Select(r => r.Outcome));
        Assert.Equal(first.Select(r => r.ItemId), second.Take(3).Select(r => r.ItemId));
        Assert.Equal(4, await CountAsync(local, site, list));
    }

    [Fact]
    public async Task BatchAnswerDroppedAfterCommit_EveryItemIsFoundByItsKey_NoneIsAddedTwice()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "keyed-lost");
        local.Tenant.AddFault(new EndpointFault(BatchAdd, EndpointFaultKind.DropResponseAfterCommit) { FromMatch = 2 });
        local.Tenant.ResetRequestCounts();

        var results = await local.Get<KeyedItemClient>().AddAsync(site, list, "SamtaleKey", Rows(1, 3), CancellationToken.None);

        Assert.All(results, r => Assert.Equal(KeyedAddOutcome.AlreadyThere, r.Outcome));
        Assert.All(results, r => Assert.True(r.ItemId > 0));
        Assert.Equal(3, await CountAsync(local, site, list));
        Assert.Equal(3, local.Tenant.GetRequestCounts().For(BatchAdd));
    }

    [Fact]
    public async Task BatchThatNeverArrived_IsLookedUpThenAddedOnce()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "keyed-never");
        await local.Get<Regional.RegionalSettingsClient>().GetAsync(site, CancellationToken.None);
        local.Tenant.AddFault(new EndpointFault("POST /_api/$batch", EndpointFaultKind.DropRequest));

        var results = await local.Get<KeyedItemClient>().AddAsync(site, list, "SamtaleKey", Rows(1, 2), CancellationToken.None);

        Assert.All(results, r => Assert.Equal(KeyedAddOutcome.Added, r.Outcome));
        Assert.Equal(2, await CountAsync(local, site, list));
    }

    [Fact]
    public async Task LostAnswerOnAListPastTheThreshold_TheKeyLookupIsAllowed()
    {
        await using var local = await LocalTenantFixture.StartAsync(configure: o => o.ListViewThreshold = 10);
        var (site, list) = await ConversationsAsync(local, "keyed-large");
        await local.Get<KeyedItemClient>().AddAsync(site, list, "SamtaleKey", Rows(1, 30), CancellationToken.None);
        local.Tenant.AddFault(new EndpointFault(BatchAdd, EndpointFaultKind.DropResponseAfterCommit));

        var results = await local.Get<KeyedItemClient>().AddAsync(site, list, "SamtaleKey", Rows(31, 32), CancellationToken.None);

        Assert.All(results, r => Assert.Equal(KeyedAddOutcome.AlreadyThere, r.Outcome));
        Assert.Equal(32, await CountAsync(local, site, list));
    }

    [Fact]
    public async Task RefusedValue_IsRefusedWithItsField_AndTheOthersAreAdded()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list) = await ConversationsAsync(local, "keyed-refused");
        IReadOnlyList<IReadOnlyList<FormValue>> rows =
        [
            [FormValue.Text("SamtaleKey", "k1"), FormValue.Text("Status", "Planlagt")],
            [FormValue.Text("SamtaleKey", "k2"), FormValue.Text("Status", "Ukjent")],
        ];

        var results = await local.Get<KeyedItemClient>().AddAsync(site, list, "SamtaleKey", rows, CancellationToken.None);

        Assert.Equal([KeyedAddOutcome.Added, KeyedAddOutcome.Refused], results.Select(r => r.Outcome));
        Assert.Equal("Status", Assert.Single(results[1].Errors).FieldName);
        Assert.Equal(1, await CountAsync(local, site, list));
    }

    [Fact]
    public async Task KeysRepeatedOrMissing_AreRefusedBeforeAnythingIsSent()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var keyed = local.Get<KeyedItemClient>();
        var site = local.Tenant.SiteUrl("not-needed");

        await Assert.ThrowsAsync<ArgumentException>(() => keyed.AddAsync(site, Guid.NewGuid(), "SamtaleKey", [.. Rows(1, 1), .. Rows(1, 1)], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => keyed.AddAsync(site, Guid.NewGuid(), "SamtaleKey", [[FormValue.Text("Status", "Planlagt")]], CancellationToken.None));
        Assert.Equal(0, local.Tenant.GetRequestCounts().Total);
    }

    private static List<IReadOnlyList<FormValue>> Rows(int from, int to) =>
        [.. Enumerable.Range(from, to - from + 1).Select(i => (IReadOnlyList<FormValue>)[FormValue.Text("SamtaleKey", $"k{i}"), FormValue.Text("Status", "Planlagt")])];

    private static async Task<int> CountAsync(LocalTenantFixture local, Uri site, Guid list) =>
        (await local.Get<ItemClient>().QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey"], null, 5000), CancellationToken.None)).Count;

    private static async Task<(Uri Site, Guid List)> ConversationsAsync(LocalTenantFixture local, string name)
    {
        var site = await local.CreateSiteAsync(name);
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        return (site, list.Id);
    }
}
