using System.Net;
using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.RecycleBin;

public sealed class RecycleBinClientTests
{
    private const string ItemMissing =
        """{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"Item does not exist. It may have been deleted by another user."}}}""";

    private static readonly Guid Shredded = Guid.Parse("a1b2c3d4-0000-4000-8000-0000000000aa");
    private static readonly Guid Lingering = Guid.Parse("b2c3d4e5-0000-4000-8000-0000000000bb");

    [Fact]
    public async Task VerifyGoneAsync_GoneFromListAndBothBins_IsGone()
    {
        var client = Client(itemPresent: _ => false, webBin: [], siteBin: [Bin(Guid.NewGuid(), 2)]);

        var result = await client.VerifyGoneAsync(TestSetup.Site, TestSetup.ListId, [4, 5], [Shredded], CancellationToken.None);

        Assert.True(result.IsGone);
    }

    [Fact]
    public async Task VerifyGoneAsync_ItemStillListedAndIdInSiteBin_ReportsWhereItRemains()
    {
        var client = Client(itemPresent: id => id == 5, webBin: [], siteBin: [Bin(Lingering, 2)]);

        var result = await client.VerifyGoneAsync(TestSetup.Site, TestSetup.ListId, [4, 5], [Shredded, Lingering], CancellationToken.None);

        Assert.False(result.IsGone);
        Assert.Equal([5], result.StillInList);
        Assert.Empty(result.InWebRecycleBin);
        Assert.Equal([Lingering], result.InSiteRecycleBin);
    }

    private static RecycleBinClient Client(Func<int, bool> itemPresent, string[] webBin, string[] siteBin)
    {
        var batchServer = new SharePointBatchServer((operation, _) =>
        {
            var id = int.Parse(operation.Split("items(")[1].Split(')')[0], System.Globalization.CultureInfo.InvariantCulture);
            return itemPresent(id) ? PartAnswer.Ok($$"""{"Id":{{id}},"Title":"x"}""") : new PartAnswer(HttpStatusCode.NotFound, ItemMissing);
        });
        var stub = new StubHandler((request, _) => request.Uri.AbsolutePath switch
        {
            var path when path.EndsWith("/_api/web/RecycleBin", StringComparison.Ordinal) => Respond.Json("{\"value\":[" + string.Join(",", webBin) + "]}"),
            var path when path.EndsWith("/_api/site/RecycleBin", StringComparison.Ordinal) => Respond.Json("{\"value\":[" + string.Join(",", siteBin) + "]}"),
            _ => throw new InvalidOperationException("Unexpected request " + request.Uri),
        });
        return new RecycleBinClient(TestSetup.Transport(stub), TestSetup.SharePointBatches(batchServer.Handler, new ManualTimeProvider()));
    }

    private static string Bin(Guid id, int stage) =>
        $$"""{"Id":"{{id}}","ItemState":{{stage}},"ItemType":3,"LeafName":"5_.000","DirName":"sites/medarbeidersamtaler-h2026/Lists/Tiltak","Title":"Tiltak","DeletedDate":"2026-10-20T08:00:00Z","DeletedByEmail":""}""";
}
