using System.Net;
using PnpSamtale.SharePoint.Errors;
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
    public async Task VerifyGoneAsync_EveryReadAnswers404_IsGone()
    {
        var client = Client(itemPresent: _ => false, inWebBin: [], inSiteBin: []);

        var result = await client.VerifyGoneAsync(TestSetup.Site, TestSetup.ListId, [4, 5], [Shredded], CancellationToken.None);

        Assert.True(result.IsGone);
    }

    [Fact]
    public async Task VerifyGoneAsync_ItemStillListedAndEntryInSiteBin_ReportsWhereItRemains()
    {
        var client = Client(itemPresent: id => id == 5, inWebBin: [], inSiteBin: [Lingering]);

        var result = await client.VerifyGoneAsync(TestSetup.Site, TestSetup.ListId, [4, 5], [Shredded, Lingering], CancellationToken.None);

        Assert.False(result.IsGone);
        Assert.Equal([5], result.StillInList);
        Assert.Empty(result.InWebRecycleBin);
        Assert.Equal([Lingering], result.InSiteRecycleBin);
    }

    [Fact]
    public async Task VerifyGoneAsync_ABinReadFailsOtherwiseThan404_ThrowsRatherThanCountingItGone()
    {
        var batchServer = new SharePointBatchServer((operation, _) => operation.Contains("RecycleBin", StringComparison.Ordinal)
            ? new PartAnswer(HttpStatusCode.InternalServerError, ThresholdError)
            : new PartAnswer(HttpStatusCode.NotFound, ItemMissing));
        var client = new RecycleBinClient(TestSetup.Transport(new StubHandler((_, _) => Respond.Status(HttpStatusCode.OK))), TestSetup.SharePointBatches(batchServer.Handler, new ManualTimeProvider()));

        await Assert.ThrowsAsync<SharePointServiceException>(() => client.VerifyGoneAsync(TestSetup.Site, TestSetup.ListId, [4], [Shredded], CancellationToken.None));
    }

    private const string ThresholdError =
        """{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The attempted operation is prohibited because it exceeds the list view threshold."}}}""";

    private const string BinMissing =
        """{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"Value does not fall within the expected range."}}}""";

    private static RecycleBinClient Client(Func<int, bool> itemPresent, Guid[] inWebBin, Guid[] inSiteBin)
    {
        var batchServer = new SharePointBatchServer((operation, _) =>
        {
            if (operation.Contains("RecycleBin('", StringComparison.Ordinal))
            {
                var id = Guid.Parse(operation.Split("RecycleBin('")[1][..36]);
                var bin = operation.Contains("/site/RecycleBin", StringComparison.Ordinal) ? inSiteBin : inWebBin;
                return bin.Contains(id) ? PartAnswer.Ok(Bin(id, bin == inSiteBin ? 2 : 1)) : new PartAnswer(HttpStatusCode.NotFound, BinMissing);
            }

            var item = int.Parse(operation.Split("items(")[1].Split(')')[0], System.Globalization.CultureInfo.InvariantCulture);
            return itemPresent(item) ? PartAnswer.Ok($$"""{"Id":{{item}},"Title":"x"}""") : new PartAnswer(HttpStatusCode.NotFound, ItemMissing);
        });
        return new RecycleBinClient(TestSetup.Transport(new StubHandler((_, _) => Respond.Status(HttpStatusCode.OK))), TestSetup.SharePointBatches(batchServer.Handler, new ManualTimeProvider()));
    }

    private static string Bin(Guid id, int stage) =>
        $$"""{"Id":"{{id}}","ItemState":{{stage}},"ItemType":3,"LeafName":"5_.000","DirName":"sites/medarbeidersamtaler-h2026/Lists/Tiltak","Title":"Tiltak","DeletedDate":"2026-10-20T08:00:00Z","DeletedByEmail":""}""";
}
