using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.RecycleBin;

public sealed class RecycleBinRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";
    private static readonly Guid Id = Guid.Parse("a1b2c3d4-0000-4000-8000-0000000000aa");

    [Fact]
    public void ListWeb_Site_GetsTheWebBin()
    {
        // wire-subset.md: GET {site}/_api/web/RecycleBin
        WireAssert.SharePointGet(RecycleBinRequests.ListWeb(TestSetup.Site), Api + "web/RecycleBin");
    }

    [Fact]
    public void ListSite_Site_GetsTheSiteBin()
    {
        // wire-subset.md: GET {site}/_api/site/RecycleBin
        WireAssert.SharePointGet(RecycleBinRequests.ListSite(TestSetup.Site), Api + "site/RecycleBin");
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
