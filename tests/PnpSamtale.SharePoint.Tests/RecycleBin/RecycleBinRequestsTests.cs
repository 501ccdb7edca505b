using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.RecycleBin;

public sealed class RecycleBinRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";
    private static readonly Guid Id = Guid.Parse("a1b2c3d4-0000-4000-8000-0000000000aa");

    [Fact]
    public void Page_FirstPage_PostsGetRecycleBinItemsByQueryInfoWithoutPagingInfo()
    {
        // wire-subset.md: POST {site}/_api/web/GetRecycleBinItemsByQueryInfo?rowLimit='5000'&isAscending=true&itemState=1&orderBy=3&showOnlyMyItems=false
        var request = RecycleBinRequests.Page(TestSetup.Site, RecycleBinStage.FirstStage, null);

        WireAssert.SharePointPost(request, Api + "web/GetRecycleBinItemsByQueryInfo?rowLimit=%275000%27&isAscending=true&itemState=1&orderBy=3&showOnlyMyItems=false");
        Assert.True(request.Idempotent);
    }

    [Fact]
    public void Page_AfterAnEntry_PagesFromItsId()
    {
        var last = new RecycleBinItem(Id, RecycleBinStage.SecondStage, RecycleBinItemType.ListItem, "5_.000", "Lists/Tiltak", "Tiltak", DateTimeOffset.UnixEpoch);

        var request = RecycleBinRequests.Page(TestSetup.Site, RecycleBinStage.SecondStage, last, 100);

        Assert.Equal(Api + "web/GetRecycleBinItemsByQueryInfo?rowLimit=%27100%27&isAscending=true&itemState=2&orderBy=3&showOnlyMyItems=false&pagingInfo=id%3Da1b2c3d4-0000-4000-8000-0000000000aa", request.Uri.AbsoluteUri);
        Assert.Throws<ArgumentOutOfRangeException>(() => RecycleBinRequests.Page(TestSetup.Site, RecycleBinStage.FirstStage, null, 5001));
    }

    [Fact]
    public void GetFromWebAndSite_Id_GetTheEntryDirectly()
    {
        // wire-subset.md: GET {site}/_api/web/RecycleBin('{id}'), GET {site}/_api/site/RecycleBin('{id}')
        WireAssert.SharePointGet(RecycleBinRequests.GetFromWeb(TestSetup.Site, Id), Api + "web/RecycleBin('a1b2c3d4-0000-4000-8000-0000000000aa')");
        WireAssert.SharePointGet(RecycleBinRequests.GetFromSite(TestSetup.Site, Id), Api + "site/RecycleBin('a1b2c3d4-0000-4000-8000-0000000000aa')");
    }

    [Fact]
    public void MoveToSecondStage_Id_PostsOnTheWebBinEntry()
    {
        // wire-subset.md: POST {site}/_api/web/RecycleBin('{id}')/MoveToSecondStage()
        WireAssert.SharePointPost(RecycleBinRequests.MoveToSecondStage(TestSetup.Site, Id),
            Api + "web/RecycleBin('a1b2c3d4-0000-4000-8000-0000000000aa')/MoveToSecondStage()");
    }

    [Fact]
    public void DeleteFromWeb_Id_DeletesTheWebBinEntry()
    {
        // wire-subset.md: DELETE {site}/_api/web/RecycleBin('{id}')
        WireAssert.SharePointDelete(RecycleBinRequests.DeleteFromWeb(TestSetup.Site, Id), Api + "web/RecycleBin('a1b2c3d4-0000-4000-8000-0000000000aa')");
    }

    [Fact]
    public void DeleteFromSite_Id_DeletesTheSiteBinEntry()
    {
        // wire-subset.md: DELETE {site}/_api/site/RecycleBin('{id}')
        WireAssert.SharePointDelete(RecycleBinRequests.DeleteFromSite(TestSetup.Site, Id), Api + "site/RecycleBin('a1b2c3d4-0000-4000-8000-0000000000aa')");
    }

    [Fact]
    public void DeleteByIds_Ids_PostsTheIdsArray()
    {
        // wire-subset.md: POST {site}/_api/site/RecycleBin/DeleteByIds body {"ids":["<guid>",…]}
        var request = RecycleBinRequests.DeleteByIds(TestSetup.Site, [Id, Guid.Parse("b2c3d4e5-0000-4000-8000-0000000000bb")]);

        WireAssert.SharePointPost(request, Api + "site/RecycleBin/DeleteByIds",
            """{"ids":["a1b2c3d4-0000-4000-8000-0000000000aa","b2c3d4e5-0000-4000-8000-0000000000bb"]}""");
    }
}
