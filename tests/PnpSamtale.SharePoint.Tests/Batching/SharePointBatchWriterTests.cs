using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Batching;

public sealed class SharePointBatchWriterTests
{
    private const string Site = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026";

    [Fact]
    public void Write_ReadAndTwoWrites_ReadIsAPlainPartAndEachWriteHasItsOwnChangeset()
    {
        var ids = new Queue<Guid>([
            Guid.Parse("11111111-1111-4111-8111-111111111111"),
            Guid.Parse("22222222-2222-4222-8222-222222222222"),
            Guid.Parse("33333333-3333-4333-8333-333333333333")]);
        WireRequest[] operations =
        [
            SiteUserRequests.CurrentUser(TestSetup.Site),
            SiteUserRequests.EnsureUser(TestSetup.Site, "kari@contoso.com"),
            ItemRequests.Delete(TestSetup.Site, TestSetup.ListId, 17),
        ];

        var payload = SharePointBatchWriter.Write(operations, ids.Dequeue);

        const string Expected =
            "--batch_11111111-1111-4111-8111-111111111111\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "GET " + Site + "/_api/web/currentuser HTTP/1.1\r\n" +
            "Accept: application/json;odata=nometadata\r\n" +
            "\r\n" +
            "\r\n" +
            "--batch_11111111-1111-4111-8111-111111111111\r\n" +
            "Content-Type: multipart/mixed; boundary=changeset_22222222-2222-4222-8222-222222222222\r\n" +
            "\r\n" +
            "--changeset_22222222-2222-4222-8222-222222222222\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "POST " + Site + "/_api/web/ensureuser HTTP/1.1\r\n" +
            "Accept: application/json;odata=nometadata\r\n" +
            "Content-Type: application/json;odata=verbose\r\n" +
            "\r\n" +
            "{\"logonName\":\"i:0#.f|membership|kari@contoso.com\"}\r\n" +
            "--changeset_22222222-2222-4222-8222-222222222222--\r\n" +
            "--batch_11111111-1111-4111-8111-111111111111\r\n" +
            "Content-Type: multipart/mixed; boundary=changeset_33333333-3333-4333-8333-333333333333\r\n" +
            "\r\n" +
            "--changeset_33333333-3333-4333-8333-333333333333\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "DELETE " + Site + "/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/items(17) HTTP/1.1\r\n" +
            "Accept: application/json;odata=nometadata\r\n" +
            "If-Match: *\r\n" +
            "\r\n" +
            "\r\n" +
            "--changeset_33333333-3333-4333-8333-333333333333--\r\n" +
            "--batch_11111111-1111-4111-8111-111111111111--\r\n";
        Assert.Equal(Expected, payload.Text);
        Assert.Equal("multipart/mixed; boundary=batch_11111111-1111-4111-8111-111111111111", payload.ContentType);
    }

    [Fact]
    public void Write_BinaryBody_Throws()
    {
        var upload = FileRequests.Upload(TestSetup.Site, "Samtaleskjema", "a.bin", new byte[] { 1 });

        Assert.Throws<ArgumentException>(() => SharePointBatchWriter.Write([upload], Guid.NewGuid));
    }

    [Fact]
    public void SharePoint_Payload_PostsToTheSitesBatchEndpoint()
    {
        // wire-subset.md: POST {site}/_api/$batch, Content-Type: multipart/mixed; boundary=batch_{guid}
        var payload = new SharePointBatchPayload("batch_x", "--batch_x--\r\n");

        var request = BatchRequests.SharePoint(TestSetup.Site, payload, idempotent: false);

        Assert.Equal((HttpMethod.Post, Site + "/_api/$batch"), (request.Method, request.Uri.AbsoluteUri));
        Assert.Equal("multipart/mixed; boundary=batch_x", request.Body!.ContentType);
    }
}
