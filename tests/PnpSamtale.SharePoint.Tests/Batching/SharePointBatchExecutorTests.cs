using System.Net;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Batching;

public sealed class SharePointBatchExecutorTests
{
    private const string Items = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/items";

    [Fact]
    public async Task ExecuteAsync_OnePartThrottled_ResendsOnlyThatPartAfterItsRetryAfter()
    {
        var server = new SharePointBatchServer((operation, seen) =>
            operation.EndsWith("items(2)/recycle", StringComparison.Ordinal) && seen == 0 ? PartAnswer.Throttled("3") : PartAnswer.Ok(RecycledId(operation)));
        var clock = new ManualTimeProvider();

        var results = await TestSetup.SharePointBatches(server.Handler, clock).ExecuteAsync(TestSetup.Site, Recycles(1, 2, 3), CancellationToken.None);

        Assert.Equal(2, server.Batches.Count);
        Assert.Equal([$"POST {Items}(2)/recycle"], server.Batches[1]);
        Assert.Equal([TimeSpan.FromSeconds(3)], clock.Waits);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal([RecycledId("items(1)"), RecycledId("items(2)"), RecycledId("items(3)")], results.Select(r => r.ReadText()));
    }

    [Fact]
    public async Task ExecuteAsync_TwoPartsThrottled_WaitsForTheLargestRetryAfter()
    {
        var server = new SharePointBatchServer((operation, seen) => (operation, seen) switch
        {
            (_, > 0) => PartAnswer.Ok(),
            var (o, _) when o.Contains("items(1)", StringComparison.Ordinal) => PartAnswer.Throttled("2"),
            var (o, _) when o.Contains("items(3)", StringComparison.Ordinal) => PartAnswer.Throttled("8"),
            _ => PartAnswer.Ok(),
        });
        var clock = new ManualTimeProvider();

        await TestSetup.SharePointBatches(server.Handler, clock).ExecuteAsync(TestSetup.Site, Recycles(1, 2, 3), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(8)], clock.Waits);
        Assert.Equal(2, server.Batches[1].Count);
    }

    [Fact]
    public async Task ExecuteAsync_AlwaysThrottled_StopsAfterMaxRetryAttemptsAndKeepsThe429()
    {
        var server = new SharePointBatchServer((operation, _) =>
            operation.Contains("items(2)", StringComparison.Ordinal) ? PartAnswer.Throttled("1") : PartAnswer.Ok());

        var results = await TestSetup.SharePointBatches(server.Handler, new ManualTimeProvider(), o => o.MaxRetryAttempts = 2)
            .ExecuteAsync(TestSetup.Site, Recycles(1, 2), CancellationToken.None);

        Assert.Equal(3, server.Batches.Count);
        Assert.True(results[1].ToError()!.IsThrottled);
        Assert.Equal("7c6d5e4f-0000-4000-8000-0000000000cc", results[1].ToError()!.RequestId);
    }

    [Fact]
    public async Task ExecuteAsync_MoreThanMaxBatchOperations_SplitsAndKeepsInputOrder()
    {
        var server = new SharePointBatchServer((operation, _) => PartAnswer.Ok(RecycledId(operation)));

        var results = await TestSetup.SharePointBatches(server.Handler, new ManualTimeProvider(), o => o.MaxBatchOperations = 2)
            .ExecuteAsync(TestSetup.Site, Recycles(1, 2, 3, 4, 5), CancellationToken.None);

        Assert.Equal([2, 2, 1], server.Batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => RecycledId($"items({i})")), results.Select(r => r.ReadText()));
    }

    [Fact]
    public async Task ExecuteAsync_OperationOnAnotherSite_ThrowsBeforeSending()
    {
        var server = new SharePointBatchServer((_, _) => PartAnswer.Ok());
        WireRequest[] operations = [.. Recycles(1), ItemRequests.Recycle(new Uri("https://contoso.sharepoint.com/sites/annen"), TestSetup.ListId, 1)];

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => TestSetup.SharePointBatches(server.Handler, new ManualTimeProvider()).ExecuteAsync(TestSetup.Site, operations, CancellationToken.None));

        Assert.Contains("Operation 1", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Batches);
    }

    private static WireRequest[] Recycles(params int[] ids) =>
        ids.Select(id => ItemRequests.Recycle(TestSetup.Site, TestSetup.ListId, id)).ToArray();

    private static string RecycledId(string operation)
    {
        var id = operation.Split("items(")[1].Split(')')[0];
        return $$"""{"value":"00000000-0000-4000-8000-{{id.PadLeft(12, '0')}}"}""";
    }
}
