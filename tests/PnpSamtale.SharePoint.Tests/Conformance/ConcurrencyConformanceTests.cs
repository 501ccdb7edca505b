using System.Net;
using PnpSamtale.LocalTenant;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.EndToEnd;

namespace PnpSamtale.SharePoint.Tests.Conformance;

/// <summary>
/// Rule: an item's ETag (the <c>ETag</c> header of its read, <c>"{id},{version}"</c> on SharePoint Online) changes
/// with every write; a <c>MERGE</c> with <c>IF-MATCH</c> set to it writes only if the item is still at that version,
/// else <c>412 Precondition Failed</c> with SharePoint's body; <c>IF-MATCH: *</c> is unconditional; the
/// <c>__metadata.type</c> must be the list's <c>ListItemEntityTypeFullName</c>. Inside <c>$batch</c> the same, part by part.
/// </summary>
public sealed class ConcurrencyConformanceTests
{
    private static readonly ListDefinition Rounds = new("Runder", ListTemplate.GenericList,
    [
        new ColumnDefinition("Termin", ColumnKind.Text) { Indexed = true, EnforceUniqueValues = true },
        new ColumnDefinition("Leie", ColumnKind.Text),
        new ColumnDefinition("LeieTil", ColumnKind.DateTime),
    ]);

    [Fact]
    public async Task TwoRunsReadTheSameVersion_TheFirstLeaseWins_TheSecondIsToldTheItemChanged()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, id) = await RoundAsync(local, "lease-race");
        var client = local.Get<ItemConcurrencyClient>();
        var type = await client.GetEntityTypeFullNameAsync(site, list, CancellationToken.None);
        var first = (await client.FindItemAsync(site, list, id, ["Leie"], CancellationToken.None))!;
        var second = (await client.FindItemAsync(site, list, id, ["Leie"], CancellationToken.None))!;

        var won = await client.UpdateIfUnchangedAsync(site, list, type, Lease(id, first.ETag, "run-1"), CancellationToken.None);
        var lost = await client.UpdateIfUnchangedAsync(site, list, type, Lease(id, second.ETag, "run-2"), CancellationToken.None);
        var after = (await client.FindItemAsync(site, list, id, ["Leie"], CancellationToken.None))!;
        var renewed = await client.UpdateIfUnchangedAsync(site, list, type, Lease(id, won.ETag!.Value, "run-1"), CancellationToken.None);

        Assert.Equal("SP.Data.RunderListItem", type);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(ConditionalUpdateOutcome.Updated, won.Outcome);
        Assert.Equal(ConditionalUpdateOutcome.ChangedSinceRead, lost.Outcome);
        Assert.Equal(("run-1", won.ETag), (after.Item.GetString("Leie"), (ItemETag?)after.ETag));
        Assert.NotEqual(first.ETag, after.ETag);
        Assert.True(renewed.Updated);
    }

    [Fact]
    public async Task AnyETag_IsUnconditional_AndAWrongEntityTypeIsRefused()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, id) = await RoundAsync(local, "lease-any");
        var client = local.Get<ItemConcurrencyClient>();

        var forced = await client.UpdateIfUnchangedAsync(site, list, "SP.Data.RunderListItem", Lease(id, ItemETag.Any, "run-9"), CancellationToken.None);
        var wrongType = await Assert.ThrowsAsync<SharePointServiceException>(() =>
            client.UpdateIfUnchangedAsync(site, list, "SP.Data.VarslerListItem", Lease(id, ItemETag.Any, "run-0"), CancellationToken.None));

        Assert.True(forced.Updated);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("run-9", (await client.FindItemAsync(site, list, id, ["Leie"], CancellationToken.None))!.Item.GetString("Leie"));
    }

    [Fact]
    public async Task InsideABatch_EachUpdateIsConditionalOnItsOwnETag()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, id) = await RoundAsync(local, "lease-batch");
        var other = (await local.Get<ItemClient>().AddItemAsync(site, list, [FormValue.Text("Termin", "V2027")], CancellationToken.None)).ItemId;
        var client = local.Get<ItemConcurrencyClient>();
        var stale = (await client.FindItemAsync(site, list, other, [], CancellationToken.None))!.ETag;
        await client.UpdateIfUnchangedAsync(site, list, "SP.Data.RunderListItem", Lease(other, stale, "someone"), CancellationToken.None);
        var current = (await client.FindItemAsync(site, list, id, [], CancellationToken.None))!.ETag;

        var results = await client.UpdateIfUnchangedAsync(site, list, "SP.Data.RunderListItem",
            [Lease(id, current, "run-3"), Lease(other, stale, "run-3")], CancellationToken.None);

        Assert.Equal([ConditionalUpdateOutcome.Updated, ConditionalUpdateOutcome.ChangedSinceRead], results.Select(r => r.GetValueOrThrow().Outcome));
        Assert.Equal((await client.FindItemAsync(site, list, id, [], CancellationToken.None))!.ETag, results[0].Value!.ETag);
        Assert.Equal(2, local.Tenant.GetRequestCounts().For("batch:MERGE /_api/web/lists({listKey})/items({itemId})"));
    }

    [Fact]
    public async Task LeaseWhoseAnswerIsLost_IsNotResent_AndReadingBackShowsItWasTaken()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var (site, list, id) = await RoundAsync(local, "lease-lost");
        var client = local.Get<ItemConcurrencyClient>();
        var read = (await client.FindItemAsync(site, list, id, [], CancellationToken.None))!;
        local.Tenant.AddFault(new EndpointFault("MERGE /_api/web/lists({listKey})/items({itemId})", EndpointFaultKind.DropResponseAfterCommit));

        await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() =>
            client.UpdateIfUnchangedAsync(site, list, "SP.Data.RunderListItem", Lease(id, read.ETag, "run-5"), CancellationToken.None));
        var after = (await client.FindItemAsync(site, list, id, ["Leie"], CancellationToken.None))!;

        Assert.Equal(1, Assert.Single(local.Tenant.GetFaults()).Matched);
        Assert.Equal("run-5", after.Item.GetString("Leie"));
        Assert.NotEqual(read.ETag, after.ETag);
    }

    private static ConditionalUpdate Lease(int id, ItemETag etag, string holder) =>
        new(id, etag, [ItemPropertyValue.Text("Leie", holder), ItemPropertyValue.DateTime("LeieTil", new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.Zero))]);

    private static async Task<(Uri Site, Guid List, int Id)> RoundAsync(LocalTenantFixture local, string name)
    {
        var site = await local.CreateSiteAsync(name);
        var list = await local.Get<ListClient>().CreateListAsync(site, Rounds, CancellationToken.None);
        var added = await local.Get<ItemClient>().AddItemAsync(site, list.Id, [FormValue.Text("Termin", "H2026")], CancellationToken.None);
        return (site, list.Id, added.ItemId);
    }
}
