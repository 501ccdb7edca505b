using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rules of the list view threshold (500 <c>SPQueryThrottledException</c>, "The attempted operation is prohibited
/// because it exceeds the list view threshold."), tried with the threshold lowered to 40 so a list of 60 items is
/// "large": a filter evaluated left to right must be driven by an indexed condition that matches no more than the
/// threshold; <c>$top</c> above 5,000 is refused, not capped; a whole recycle bin above the threshold cannot be read;
/// and unique permission scopes per list are limited. The client's id windows, bin pages and direct reads pass.
/// </summary>
public sealed class ThresholdConformanceTests
{
    private const int Threshold = 40;
    private const string ThrottledCode = "-2147024860, Microsoft.SharePoint.SPQueryThrottledException";

    [Fact]
    public async Task FilterOnANonIndexedColumn_IsRefused_AndRunsInIdWindows()
    {
        await using var local = await LargeListAsync("conf-unindexed");
        var (site, list) = (local.Site, local.List);
        var query = new ItemQuery(["SamtaleKey"], "Runde eq 3");

        var refused = await Assert.ThrowsAsync<SharePointServiceException>(() => local.Items.QueryItemsAsync(site, list, query, CancellationToken.None));
        var windowed = await ReadWindowsAsync(local, query);

        Assert.Equal((HttpStatusCode.InternalServerError, ThrottledCode), (refused.StatusCode, refused.ErrorCode));
        Assert.Equal(20, windowed.Count);
    }

    [Fact]
    public async Task IndexedFilterMatchingMoreThanTheThreshold_IsRefused_ButNotOneMatchingFewer()
    {
        await using var local = await LargeListAsync("conf-indexed");
        var (site, list) = (local.Site, local.List);

        var many = await Assert.ThrowsAsync<SharePointServiceException>(() =>
            local.Items.QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey"], "Status eq 'Planlagt'"), CancellationToken.None));
        var few = await local.Items.QueryItemsAsync(site, list, new ItemQuery(["SamtaleKey"], "Status eq 'Arkivert'"), CancellationToken.None);
        var windowed = await ReadWindowsAsync(local, new ItemQuery(["SamtaleKey"], "Status eq 'Planlagt'"));

        Assert.Equal(ThrottledCode, many.ErrorCode);
        Assert.Equal(10, few.Count);
        Assert.Equal(50, windowed.Count);
    }

    [Fact]
    public async Task TopAbove5000_IsRefused_NotCapped()
    {
        await using var local = await LargeListAsync("conf-top");
        var request = ItemRequests.Query(local.Site, local.List, new ItemQuery(["SamtaleKey"], null, 5000));
        var tooMany = request with { Uri = new Uri(request.Uri.AbsoluteUri.Replace("$top=5000", "$top=5001", StringComparison.Ordinal)) };

        var response = await local.Fixture.Get<WireTransport>().SendAsync(tooMany, CancellationToken.None);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(ThrottledCode, response.ToError()!.Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemRequests.Query(local.Site, local.List, new ItemQuery(["SamtaleKey"], null, 5001)));
    }

    [Fact]
    public async Task WholeRecycleBinAboveTheThreshold_CannotBeRead_ButPagesAndSingleEntriesCan()
    {
        await using var local = await LargeListAsync("conf-bin");
        var ids = (await local.Items.QueryItemsAsync(local.Site, local.List, new ItemQuery(["Id"], null, 5000), CancellationToken.None)).Select(i => i.Id).ToList();
        var binIds = (await local.Fixture.Get<ItemBatchClient>().RecycleItemsAsync(local.Site, local.List, ids, CancellationToken.None)).Select(r => r.GetValueOrThrow()).ToList();
        var whole = SiteApi(local.Site, "web/RecycleBin");

        var refused = await local.Fixture.Get<WireTransport>().SendAsync(whole, CancellationToken.None);
        var filtered = await local.Fixture.Get<WireTransport>().SendAsync(SiteApi(local.Site, "web/RecycleBin?$filter=ItemType%20eq%203"), CancellationToken.None);
        var paged = await local.Fixture.Get<RecycleBinClient>().GetAllAsync(local.Site, RecycleBinStage.FirstStage, CancellationToken.None);
        var verification = await local.Fixture.Get<RecycleBinClient>().VerifyGoneAsync(local.Site, local.List, ids, binIds, CancellationToken.None);

        Assert.Equal(ThrottledCode, refused.ToError()!.Code);
        Assert.Equal(ThrottledCode, filtered.ToError()!.Code);
        Assert.Equal(binIds.Order(), paged.Select(p => p.Id).Order());
        Assert.Empty(verification.StillInList);
        Assert.Equal(binIds.Order(), verification.InWebRecycleBin.Order());
    }

    [Fact]
    public async Task BreakingInheritanceBeyondTheUniqueScopeLimit_IsRefused()
    {
        await using var local = await LocalTenantFixture.StartAsync(configure: o => o.UniqueScopeLimit = 3);
        var site = await local.CreateSiteAsync("conf-scopes");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var added = await local.Get<ItemBatchClient>().AddItemsAsync(site, list.Id, [.. Enumerable.Range(0, 4).Select(i => (IReadOnlyList<FormValue>)[FormValue.Text("SamtaleKey", $"k{i}")])], CancellationToken.None);
        var permissions = local.Get<PermissionClient>();
        var ids = added.Select(a => a.GetValueOrThrow().ItemId).ToList();

        foreach (var id in ids.Take(3))
        {
            await permissions.BreakInheritanceAsync(SecurableScope.Item(site, list.Id, id), false, false, CancellationToken.None);
        }

        var refused = await Assert.ThrowsAsync<SharePointServiceException>(() =>
            permissions.BreakInheritanceAsync(SecurableScope.Item(site, list.Id, ids[3]), false, false, CancellationToken.None));
        Assert.Equal("You cannot break inheritance for this item because there are too many items with unique permissions in this list.", refused.Error.Message);
    }

    [Fact]
    public async Task UniqueColumn_RefusesADuplicateKeyFieldByField()
    {
        await using var local = await LargeListAsync("conf-unique");

        var duplicate = await local.Items.AddItemAsync(local.Site, local.List, [FormValue.Text("SamtaleKey", "k007")], CancellationToken.None);

        Assert.Equal("SamtaleKey", Assert.Single(duplicate.Errors).FieldName);
    }

    private static async Task<List<ListItem>> ReadWindowsAsync(LargeList local, ItemQuery query)
    {
        var lastId = ItemResponses.LastId(await local.Fixture.Get<WireTransport>().SendAsync(
            ItemRequests.LastIdByTitle(local.Site, ListAndItemTests.Conversations.DisplayName), CancellationToken.None));
        var items = new List<ListItem>();
        foreach (var window in query.Windows(lastId, Threshold))
        {
            items.AddRange(await local.Items.QueryItemsAsync(local.Site, local.List, window, CancellationToken.None));
        }

        return items;
    }

    private static WireRequest SiteApi(Uri site, string path) =>
        new(HttpMethod.Get, new Uri(site.AbsoluteUri.TrimEnd('/') + "/_api/" + path), [new("Accept", "application/json;odata=nometadata")]);

    /// <summary>A list of 60 items (threshold 40): 50 "Planlagt" and 10 "Arkivert"; every third has Runde 3.</summary>
    private static async Task<LargeList> LargeListAsync(string name)
    {
        var fixture = await LocalTenantFixture.StartAsync(configure: o => o.ListViewThreshold = Threshold);
        var site = await fixture.CreateSiteAsync(name);
        var list = await fixture.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        var rows = Enumerable.Range(0, 60).Select(i => (IReadOnlyList<FormValue>)
            [FormValue.Text("SamtaleKey", $"k{i:D3}"), FormValue.Text("Status", i < 50 ? "Planlagt" : "Arkivert"), FormValue.Number("Runde", i % 3 == 0 ? 3 : 1)]).ToList();
        Assert.All(await fixture.Get<ItemBatchClient>().AddItemsAsync(site, list.Id, rows, CancellationToken.None), r => Assert.True(r.Succeeded));
        return new LargeList(fixture, site, list.Id);
    }

    private sealed record LargeList(LocalTenantFixture Fixture, Uri Site, Guid List) : IAsyncDisposable
    {
        public ItemClient Items => Fixture.Get<ItemClient>();

        public ValueTask DisposeAsync() => Fixture.DisposeAsync();
    }
}
