using System.Net;
using PnpSamtale.SharePoint.Batching;

namespace PnpSamtale.SharePoint.Tests.Batching;

public sealed class SharePointBatchReaderTests
{
    private const string ContentType = "multipart/mixed; boundary=batchresponse_9a8b7c6d-0000-4000-8000-000000000001";

    // Three operations answered flat, in request order: a user, a throttled part with its own Retry-After, an empty DELETE.
    private const string Body =
        "--batchresponse_9a8b7c6d-0000-4000-8000-000000000001\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 200 OK\r\n" +
        "CONTENT-TYPE: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n" +
        "\r\n" +
        "{\"Id\":14,\"LoginName\":\"i:0#.f|membership|kari@contoso.com\",\"Title\":\"Kari Nordmann\"}\r\n" +
        "--batchresponse_9a8b7c6d-0000-4000-8000-000000000001\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 429 Too Many Requests\r\n" +
        "CONTENT-TYPE: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n" +
        "Retry-After: 5\r\n" +
        "\r\n" +
        "{\"odata.error\":{\"code\":\"-2147024860, Microsoft.SharePoint.SPQueryThrottledException\",\"message\":{\"lang\":\"en-US\",\"value\":\"The request has been throttled.\"}}}\r\n" +
        "--batchresponse_9a8b7c6d-0000-4000-8000-000000000001\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 200 OK\r\n" +
        "CONTENT-TYPE: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n" +
        "\r\n" +
        "\r\n" +
        "--batchresponse_9a8b7c6d-0000-4000-8000-000000000001--\r\n";

    [Fact]
    public void Read_FlatPartsWithOneThrottled_ReturnsOneResponsePerPartInOrder()
    {
        var parts = SharePointBatchReader.Read(ContentType, Body);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], parts.Select(p => p.Status));
        Assert.Equal("{\"Id\":14,\"LoginName\":\"i:0#.f|membership|kari@contoso.com\",\"Title\":\"Kari Nordmann\"}", parts[0].ReadText());
        Assert.Equal("5", parts[1].GetHeader("Retry-After"));
        Assert.Equal("-2147024860, Microsoft.SharePoint.SPQueryThrottledException", parts[1].ToError()!.Code);
        Assert.Equal(string.Empty, parts[2].ReadText());
    }

    [Fact]
    public void Read_LfLineEndings_ReadsTheSameParts()
    {
        var parts = SharePointBatchReader.Read(ContentType, Body.Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], parts.Select(p => p.Status));
        Assert.Equal("5", parts[1].GetHeader("Retry-After"));
    }

    [Fact]
    public void Read_ChangesetWrapper_ReadsThroughIt()
    {
        const string Wrapped =
            "--batchresponse_1\r\n" +
            "Content-Type: multipart/mixed; boundary=changesetresponse_2\r\n" +
            "\r\n" +
            "--changesetresponse_2\r\n" +
            "Content-Type: application/http\r\n" +
            "Content-Transfer-Encoding: binary\r\n" +
            "\r\n" +
            "HTTP/1.1 204 No Content\r\n" +
            "\r\n" +
            "\r\n" +
            "--changesetresponse_2--\r\n" +
            "--batchresponse_1--\r\n";

        var parts = SharePointBatchReader.Read("multipart/mixed; boundary=batchresponse_1", Wrapped);

        Assert.Equal(HttpStatusCode.NoContent, Assert.Single(parts).Status);
    }

    [Fact]
    public void Read_NoBoundaryInContentType_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => SharePointBatchReader.Read("application/json", Body));
    }

    [Fact]
    public void Read_TruncatedBody_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => SharePointBatchReader.Read(ContentType, Body[..200]));
    }
}
