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

    [Fact]
    public async Task Writes_BatchOfThreeReads_IsZero()
    {
        await using var tenant = await TestTenant.StartAsync();
        await tenant.CreateSiteAsync("writes-reads");
        tenant.Server.ResetRequestCounts();
        var web = tenant.Server.SiteUrl("writes-reads").AbsoluteUri + "/_api/web";

        await tenant.Http.PostAsync("/sites/writes-reads/_api/$batch", Batch.SharePointBatchTests.Multipart(Parts(Read(web), Read(web + "/currentuser"), Read(web + "/lists")), "b"));
        var snapshot = tenant.Server.GetRequestCounts();

        Assert.Equal(4, snapshot.Total);
        Assert.Equal(0, snapshot.Writes);
    }

    [Fact]
    public async Task Writes_BatchWithTwoAddsAndARead_IsTwoAndDirectWritesCountOnce()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("writes-adds");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        tenant.Server.ResetRequestCounts();
        var api = tenant.Server.SiteUrl("writes-adds").AbsoluteUri + $"/_api/web/lists(guid'{list}')";
        var add = Write("POST", api + "/AddValidateUpdateItemUsingPath", "{\"formValues\":[{\"FieldName\":\"Title\",\"FieldValue\":\"x\"}]}");

        await tenant.Http.PostAsync(site + "/_api/$batch", Batch.SharePointBatchTests.Multipart(Parts(add, Read(api), add), "b"));
        var afterBatch = tenant.Server.GetRequestCounts().Writes;
        await tenant.SendAsync(HttpMethod.Delete, $"{site}/_api/web/lists(guid'{list}')/items(1)");
        await Lists.FieldEndpointsTests.MergeAsync(tenant, $"{site}/_api/web/lists(guid'{list}')/fields/getbyinternalnameortitle('Kode')", new { CustomFormatter = "{}" });
        var counts = await tenant.GetAsync("/_local/requests");

        Assert.Equal(2, afterBatch);
        Assert.Equal(4, tenant.Server.GetRequestCounts().Writes);
        Assert.Equal(4, counts["writes"]!.GetValue<long>());
        Assert.Equal(1, tenant.Server.GetRequestCounts().For("MERGE /_api/web/lists({listKey})/fields/getbyinternalnameortitle({fieldName})"));
    }

    [Fact]
    public async Task Writes_GraphBatchWithTwoUploadsAndARead_IsTwo()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("writes-graph");
        var library = await tenant.CreateListAsync(site, "Skjema", "documentLibrary");
        var siteId = await Graph.GraphDriveTests.GraphSiteIdAsync(tenant, site);
        tenant.Server.ResetRequestCounts();
        var binary = new Dictionary<string, string> { ["Content-Type"] = "application/octet-stream" };
        var batch = new
        {
            requests = new object[]
            {
                new { id = "1", method = "PUT", url = $"/sites/{siteId}/lists/{library}/drive/root:/a.txt:/content", headers = binary, body = "aGVp" },
                new { id = "2", method = "GET", url = $"/sites/{siteId}" },
                new { id = "3", method = "PUT", url = $"/sites/{siteId}/lists/{library}/drive/root:/b.txt:/content", headers = binary, body = "aGVp" },
            },
        };

        await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json")), HttpStatusCode.OK);
        var snapshot = tenant.Server.GetRequestCounts();

        Assert.Equal(4, snapshot.Total);
        Assert.Equal(2, snapshot.Writes);
        Assert.Equal(2, snapshot.For("batch:PUT /v1.0/sites/{siteId}/lists/{listId}/drive/root:/{fileName}:/content"));
    }

    private static string Parts(params string[] parts) => string.Concat(parts.Select(p => "--b\r\n" + p)) + "--b--\r\n";

    private static string Read(string url) =>
        $"Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET {url} HTTP/1.1\r\n\r\n\r\n";

    private static string Write(string method, string url, string json) =>
        $"Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n{method} {url} HTTP/1.1\r\nContent-Type: application/json;odata=verbose\r\n\r\n{json}\r\n";
}
