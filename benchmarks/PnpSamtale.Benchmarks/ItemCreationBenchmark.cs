using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.LocalTenant;
using PnpSamtale.SharePoint;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Sites;

namespace PnpSamtale.Benchmarks;

/// <summary>
/// Item creation, one request per item versus SharePoint <c>$batch</c>, through the production client against the
/// local tenant with injected latency. The lower bound is the fewest requests the batch limit allows:
/// ceil(count / 100).
/// </summary>
internal static class ItemCreationBenchmark
{
    private const int BatchLimit = 100;

    public static async Task<int> RunAsync(int count, TimeSpan latency, TextWriter output)
    {
        await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { Faults = { Latency = latency } }, CancellationToken.None);
        await using var services = Services(tenant);
        var site = tenant.SiteUrl("benchmark");
        await services.GetRequiredService<SiteClient>().CreateSiteAsync(new SiteCreation("Benchmark", site, "owner@bench.example"), CancellationToken.None);
        var lists = services.GetRequiredService<ListClient>();
        var rows = Enumerable.Range(0, count).Select(i => (IReadOnlyList<FormValue>)[FormValue.Text("Title", $"Item {i}")]).ToList();
        var lowerBound = (count + BatchLimit - 1) / BatchLimit;

        var single = await lists.CreateEmptyListAsync(site, "Unbatched", ListTemplate.GenericList, CancellationToken.None);
        var items = services.GetRequiredService<ItemClient>();
        var unbatched = await MeasureAsync(tenant, async () =>
        {
            foreach (var row in rows)
            {
                Check((await items.AddItemAsync(site, single.Id, row, CancellationToken.None)).Succeeded);
            }
        });

        var batchedList = await lists.CreateEmptyListAsync(site, "Batched", ListTemplate.GenericList, CancellationToken.None);
        var batches = services.GetRequiredService<ItemBatchClient>();
        var batched = await MeasureAsync(tenant, async () =>
        {
            foreach (var result in await batches.AddItemsAsync(site, batchedList.Id, rows, CancellationToken.None))
            {
                Check(result.GetValueOrThrow().Succeeded);
            }
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Item creation: {count} items, {latency.TotalMilliseconds:0} ms injected latency per request, lower bound ceil({count}/{BatchLimit}) = {lowerBound} requests"));
        output.WriteLine();
        output.WriteLine("| mode | HTTP requests | wall time | ratio to lower bound |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine(Row("one request per item", unbatched, lowerBound));
        output.WriteLine(Row($"$batch of {BatchLimit}", batched, lowerBound));
        return 0;
    }

    private static void Check(bool succeeded)
    {
        if (!succeeded)
        {
            throw new InvalidOperationException("An item was refused; the benchmark measures only successful creation.");
        }
    }

    private static ServiceProvider Services(LocalTenantServer tenant)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePoint:TenantUrl"] = tenant.BaseUri.ToString(),
            ["SharePoint:GraphBaseUrl"] = tenant.GraphBaseUri.ToString(),
            ["SharePoint:Auth"] = "None",
        }).Build();
        return new ServiceCollection().AddSharePointClient(configuration).BuildServiceProvider();
    }

    private static async Task<(long Requests, TimeSpan Elapsed)> MeasureAsync(LocalTenantServer tenant, Func<Task> work)
    {
        tenant.ResetRequestCounts();
        var clock = Stopwatch.StartNew();
        await work();
        clock.Stop();
        var counts = tenant.GetRequestCounts();

        // Requests on the wire: operations inside a $batch travel in their batch's request, so they are not counted again.
        var onTheWire = counts.Total - counts.ByEndpoint.Where(e => e.Key.StartsWith("batch:", StringComparison.Ordinal)).Sum(e => e.Value);
        return (onTheWire, clock.Elapsed);
    }

    private static string Row(string mode, (long Requests, TimeSpan Elapsed) result, int lowerBound) =>
        string.Create(CultureInfo.InvariantCulture, $"| {mode} | {result.Requests} | {result.Elapsed.TotalSeconds:0.00} s | {(double)result.Requests / lowerBound:0.0}× |");
}
