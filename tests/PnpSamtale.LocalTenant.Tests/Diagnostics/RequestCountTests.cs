using System.Net;
using System.Text;

namespace PnpSamtale.LocalTenant.Tests.Diagnostics;

public sealed class RequestCountTests
{
    [Fact]
    public async Task Requests_DirectAndBatched_AreCountedPerRouteTemplate()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("counts");
        await tenant.Http.PostAsync("/_local/requests/reset", null);
        var web = tenant.Server.SiteUrl("counts").AbsoluteUri + "/_api/web";
        var body = $"--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET {web} HTTP/1.1\r\n\r\n\r\n--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET {web}/currentuser HTTP/1.1\r\n\r\n\r\n--b--\r\n";

        await tenant.GetAsync(site + "/_api/web");
        await tenant.GetAsync(site + "/_api/Web");
        await tenant.Http.PostAsync(site + "/_api/$batch", Batch.SharePointBatchTests.Multipart(body, "b"));
        await tenant.Http.GetAsync("/");
        var counts = await tenant.GetAsync("/_local/requests");
        var snapshot = tenant.Server.GetRequestCounts();

        var byEndpoint = counts["byEndpoint"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>());
        Assert.Equal(2, byEndpoint["GET /_api/web"]);
        Assert.Equal(1, byEndpoint["POST /_api/$batch"]);
        Assert.Equal(1, byEndpoint["batch:GET /_api/web"]);
        Assert.Equal(1, byEndpoint["batch:GET /_api/web/currentuser"]);
        Assert.Equal(5, counts["total"]!.GetValue<long>());
        Assert.Equal(4, byEndpoint.Count);
        Assert.Equal(5, snapshot.Total);
        Assert.Equal(1, snapshot.For("batch:GET /_api/web/currentuser"));
    }

    [Fact]
    public async Task Reset_AfterRequests_Answers204AndZero()
    {
        await using var tenant = await TestTenant.StartAsync();
        await tenant.Http.GetAsync("/v1.0/users/a@stinn.no");

        var reset = await tenant.Http.PostAsync("/_local/requests/reset", null);
        var counts = await tenant.GetAsync("/_local/requests");

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, counts["total"]!.GetValue<long>());
        Assert.Empty(counts["byEndpoint"]!.AsObject());
    }

    [Fact]
    public async Task Requests_UnsupportedPath_CountedAsUnmatchedAndAnswered400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("unmatched");

        var response = await tenant.Http.GetAsync(site + "/_api/web/features");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, tenant.Server.GetRequestCounts().For("GET (unmatched)"));
        Assert.Contains("features", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
