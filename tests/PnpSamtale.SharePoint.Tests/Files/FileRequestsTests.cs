using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Files;

public sealed class FileRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";

    [Fact]
    public void Upload_Bytes_PostsAddUsingPathWithTheBytesAsBody()
    {
        // wire-subset.md: POST {site}/_api/web/GetFolderByServerRelativePath(decodedurl='/sites/{name}/{Library}')/Files/AddUsingPath(decodedurl='{file}',overwrite=true) body = file bytes
        byte[] bytes = [0x7B, 0x7D];
        var request = FileRequests.Upload(TestSetup.Site, "Samtaleskjema", "skjema 17.json", bytes);

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Api + "web/GetFolderByServerRelativePath(decodedurl='/sites/medarbeidersamtaler-h2026/Samtaleskjema')/Files/AddUsingPath(decodedurl='skjema%2017.json',overwrite=true)",
            request.Uri.AbsoluteUri);
        Assert.Equal(WireAssert.SharePointAccept, request.GetHeader("Accept"));
        Assert.Equal("application/octet-stream", request.Body!.ContentType);
        Assert.Equal(bytes, request.Body.Content.ToArray());
    }

    [Fact]
    public void GetListItemId_FileUrl_SelectsTheItemId()
    {
        // wire-subset.md: GET {site}/_api/web/GetFileByServerRelativePath(decodedurl='{url}')/ListItemAllFields?$select=Id
        var request = FileRequests.GetListItemId(TestSetup.Site, "/sites/medarbeidersamtaler-h2026/Samtaleskjema/skjema-17.json");

        WireAssert.SharePointGet(request, Api + "web/GetFileByServerRelativePath(decodedurl='/sites/medarbeidersamtaler-h2026/Samtaleskjema/skjema-17.json')/ListItemAllFields?$select=Id");
    }

    [Fact]
    public void Download_FileUrl_GetsValue()
    {
        // wire-subset.md: GET {site}/_api/web/GetFileByServerRelativePath(decodedurl='{url}')/$value
        var request = FileRequests.Download(TestSetup.Site, "/sites/medarbeidersamtaler-h2026/Samtaleskjema/skjema-17.json");

        WireAssert.SharePointGet(request, Api + "web/GetFileByServerRelativePath(decodedurl='/sites/medarbeidersamtaler-h2026/Samtaleskjema/skjema-17.json')/$value");
    }
}
