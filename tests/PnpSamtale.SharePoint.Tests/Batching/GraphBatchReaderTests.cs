using System.Net;
using PnpSamtale.SharePoint.Batching;

namespace PnpSamtale.SharePoint.Tests.Batching;

public sealed class GraphBatchReaderTests
{
    [Fact]
    public void Read_ResponsesOutOfOrder_MapsThemById()
    {
        const string Body = """
            {"responses":[
              {"id":"2","status":429,"headers":{"Retry-After":"7"},"body":{"error":{"code":"TooManyRequests","message":"Throttled"}}},
              {"id":"1","status":202,"headers":{},"body":null},
              {"id":"3","status":424,"headers":{}}]}
            """;

        var byId = GraphBatchReader.Read(Body);

        Assert.Equal(HttpStatusCode.Accepted, byId["1"].Status);
        Assert.Equal("7", byId["2"].GetHeader("Retry-After"));
        Assert.Equal("TooManyRequests", byId["2"].ToError()!.Code);
        Assert.Equal(HttpStatusCode.FailedDependency, byId["3"].Status);
    }

    [Fact]
    public void Read_StringBodyOfABinaryRequest_IsBase64Decoded()
    {
        // wire-subset.md: for a binary request the response body is the driveItem JSON base64-encoded as a JSON string
        var driveItem = """{"id":"x","name":"a.txt","size":3}""";
        var body = """
            {"responses":[
              {"id":"1","status":201,"headers":{"Content-Type":"application/json"},"body":"BASE64"},
              {"id":"2","status":200,"headers":{},"body":"aGVp"},
              {"id":"3","status":404,"headers":{},"body":{"error":{"code":"itemNotFound","message":"The specified list was not found"}}}]}
            """.Replace("BASE64", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(driveItem)), StringComparison.Ordinal);

        var byId = GraphBatchReader.Read(body, id => id is "1" or "3");

        Assert.Equal(driveItem, byId["1"].ReadText());
        Assert.Equal("aGVp", byId["2"].ReadText());
        Assert.Equal("itemNotFound", byId["3"].ToError()!.Code);
    }

    [Fact]
    public void Read_NoResponsesArray_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => GraphBatchReader.Read("""{"value":[]}"""));
    }
}
