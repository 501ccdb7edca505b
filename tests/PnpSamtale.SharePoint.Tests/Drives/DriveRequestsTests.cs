using PnpSamtale.SharePoint.Drives;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Drives;

public sealed class DriveRequestsTests
{
    private const string SiteId = "contoso.sharepoint.com,2c1b3a4d-0000-4000-8000-000000000001,7d6e5f4a-0000-4000-8000-000000000002";

    [Fact]
    public void Upload_Bytes_PutsTheContentIntoTheLibraryRoot()
    {
        // wire-subset.md: PUT {graph}/sites/{site-id}/lists/{list-id}/drive/root:/{fileName}:/content?@microsoft.graph.conflictBehavior=fail with the raw bytes (application/octet-stream); never replaces
        byte[] bytes = [0x7B, 0x7D];

        var request = DriveRequests.Upload(TestSetup.Graph, SiteId, TestSetup.ListId, "skjema 17.json", bytes);

        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(
            "https://graph.microsoft.com/v1.0/sites/" + SiteId + "/lists/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/drive/root:/skjema%2017.json:/content?@microsoft.graph.conflictBehavior=fail",
            request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.GetHeader("Accept"));
        Assert.Equal("application/octet-stream", request.Body!.ContentType);
        Assert.False(request.Body.IsJson);
        Assert.Equal(bytes, request.Body.Content.ToArray());
    }

    [Fact]
    public void Upload_NorwegianNameWithApostrophe_IsPercentEncoded()
    {
        var request = DriveRequests.Upload(TestSetup.Graph, SiteId, TestSetup.ListId, "Bjørn's #1.docx", new byte[] { 1 });

        Assert.EndsWith("/drive/root:/Bj%C3%B8rn%27s%20%231.docx:/content?@microsoft.graph.conflictBehavior=fail", request.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mappe/fil.txt")]
    [InlineData("a:b.txt")]
    [InlineData("hvorfor?.txt")]
    [InlineData(" ledende.txt")]
    [InlineData("slutt.")]
    [InlineData("")]
    public void Upload_NameSharePointRefuses_Throws(string fileName)
    {
        Assert.ThrowsAny<ArgumentException>(() => DriveRequests.Upload(TestSetup.Graph, SiteId, TestSetup.ListId, fileName, new byte[] { 1 }));
    }
}
