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
    public void Read_NoResponsesArray_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => GraphBatchReader.Read("""{"value":[]}"""));
    }
}
