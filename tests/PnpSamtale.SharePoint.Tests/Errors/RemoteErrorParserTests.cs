using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Tests.Errors;

public sealed class RemoteErrorParserTests
{
    [Fact]
    public void ToError_SharePointODataError_ReadsCodeMessageAndSpRequestGuid()
    {
        // wire-subset.md: {"odata.error":{"code":"<number>, <exception type>","message":{"lang":"en-US","value":"<text>"}}}
        var response = WireResponse.FromText(HttpStatusCode.NotFound,
            [new("SPRequestGuid", "0c9e8d7f-1111-4000-8000-000000000001"), new("request-id", "0c9e8d7f-1111-4000-8000-000000000001")],
            """{"odata.error":{"code":"-1, System.ArgumentException","message":{"lang":"en-US","value":"List 'Samtaler' does not exist at site with URL 'https://contoso.sharepoint.com/sites/x'."}}}""");

        var error = response.ToError();

        Assert.Equal(new RemoteError(HttpStatusCode.NotFound, "-1, System.ArgumentException",
            "List 'Samtaler' does not exist at site with URL 'https://contoso.sharepoint.com/sites/x'.", "0c9e8d7f-1111-4000-8000-000000000001"), error);
        Assert.True(error!.IsNotFound);
    }

    [Fact]
    public void ToError_GraphErrorWithoutHeader_TakesRequestIdFromInnerError()
    {
        // wire-subset.md: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}
        var response = WireResponse.FromText(HttpStatusCode.Conflict, [],
            """{"error":{"code":"nameAlreadyExists","message":"The resource already exists.","innerError":{"date":"2026-10-20T08:00:00","request-id":"d4e5f6a7-2222-4000-8000-000000000002","client-request-id":"x"}}}""");

        Assert.Equal(new RemoteError(HttpStatusCode.Conflict, "nameAlreadyExists", "The resource already exists.", "d4e5f6a7-2222-4000-8000-000000000002"), response.ToError());
    }

    [Fact]
    public void ToError_GraphErrorWithRequestIdHeader_PrefersTheHeader()
    {
        var response = WireResponse.FromText(HttpStatusCode.NotFound, [new("request-id", "from-header")],
            """{"error":{"code":"itemNotFound","message":"Requested site could not be found","innerError":{"request-id":"from-body"}}}""");

        Assert.Equal("from-header", response.ToError()!.RequestId);
    }

    [Fact]
    public void ToError_BodyIsNotJson_DescribesStatusAndEchoesTheBody()
    {
        var response = WireResponse.FromText(HttpStatusCode.BadGateway, [], "<html>Bad gateway</html>");

        var error = response.ToError()!;

        Assert.Null(error.Code);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
        Assert.Contains("<html>Bad gateway</html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToError_SiteNotFound_IsNotAnExpectedNotFound()
    {
        var response = WireResponse.FromText(HttpStatusCode.NotFound, [],
            """{"odata.error":{"code":"-2147024894, System.IO.FileNotFoundException","message":{"lang":"en-US","value":"File Not Found."}}}""");

        Assert.False(response.ToError()!.IsNotFound);
    }

    [Fact]
    public void EnsureSuccess_Throttled_ThrowsThrottledExceptionWithRetryAfter()
    {
        var response = WireResponse.FromText(HttpStatusCode.TooManyRequests, [new("Retry-After", "10"), new("SPRequestGuid", "g")],
            """{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The request has been throttled."}}}""");

        var exception = Assert.Throws<SharePointThrottledException>(response.EnsureSuccess);

        Assert.Equal(TimeSpan.FromSeconds(10), exception.RetryAfter!.Delta);
        Assert.Equal((HttpStatusCode.TooManyRequests, "g"), (exception.StatusCode, exception.RequestId));
    }

    [Fact]
    public void EnsureSuccess_Success_DoesNotThrow()
    {
        WireResponse.FromText(HttpStatusCode.OK, [], """{"odata.null":true}""").EnsureSuccess();

        Assert.Null(WireResponse.FromText(HttpStatusCode.Accepted, [], string.Empty).ToError());
    }
}
