using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PnpSamtale.LocalTenant.Tests.Items;

public sealed partial class ItemConcurrencyTests
{
    private const string PreconditionCode = "-1, Microsoft.SharePoint.Client.ClientServiceException";

    [Fact]
    public async Task Get_Item_CarriesItsETagInTheHeaderOnly()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, id) = await RoundAsync(tenant, "etag-get");

        var response = await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{list}')/items({id})?$select=Id,Kode");
        var body = await response.Content.ReadAsStringAsync();
        var listJson = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')?$select=ListItemEntityTypeFullName");

        Assert.Matches(ETagShape(), response.Headers.ETag!.Tag);
        Assert.EndsWith(",1\"", response.Headers.ETag.Tag, StringComparison.Ordinal);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.DoesNotContain("etag", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("SP.Data.RunderListItem", listJson["ListItemEntityTypeFullName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merge_WithTheCurrentETag_Answers204WithTheNextETagAndWritesANewVersion()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, id) = await RoundAsync(tenant, "etag-merge");
        var url = $"{site}/_api/web/lists(guid'{list}')/items({id})";
        var etag = (await tenant.Http.GetAsync(url)).Headers.ETag!.Tag;

        using var response = await MergeAsync(tenant, url, etag, new { __metadata = new { type = "SP.Data.RunderListItem" }, Kode = "leid:run-1", Runde = 2 });
        var item = await tenant.GetAsync(url + "?$select=Kode,Runde");
        var versions = await tenant.GetAsync(url + "/versions");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(etag.Replace(",1\"", ",2\"", StringComparison.Ordinal), response.Headers.ETag!.Tag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(("leid:run-1", 2.0), (item["Kode"]!.GetValue<string>(), item["Runde"]!.GetValue<double>()));
        Assert.Equal(2, versions["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task Merge_WithAnETagFromBeforeAChange_Answers412WithSharePointsBodyAndChangesNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, id) = await RoundAsync(tenant, "etag-stale");
        var url = $"{site}/_api/web/lists(guid'{list}')/items({id})";
        var stale = (await tenant.Http.GetAsync(url)).Headers.ETag!.Tag;
        using var first = await MergeAsync(tenant, url, stale, new { Kode = "leid:a" });
        var current = first.Headers.ETag!.Tag;

        using var second = await MergeAsync(tenant, url, stale, new { Kode = "leid:b" });
        using var bareVersion = await MergeAsync(tenant, url, "\"2\"", new { Kode = "leid:c" });

        await TestTenant.ExpectErrorAsync(second, HttpStatusCode.PreconditionFailed, PreconditionCode,
            $"The request ETag value '{stale}' does not match the object's ETag value '{current}'.");
        Assert.Equal(HttpStatusCode.PreconditionFailed, bareVersion.StatusCode);
        Assert.Equal("leid:a", (await tenant.GetAsync(url + "?$select=Kode"))["Kode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task Merge_WithIfMatchStarOrNone_IsUnconditional(string? ifMatch)
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, id) = await RoundAsync(tenant, "etag-star");
        var url = $"{site}/_api/web/lists(guid'{list}')/items({id})";
        using var change = await MergeAsync(tenant, url, "*", new { Kode = "changed" });

        using var response = await MergeAsync(tenant, url, ifMatch, new { Kode = "overwritten" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.EndsWith(",3\"", response.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_BodiesSharePointRefuses_Answer400AndChangeNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, id) = await RoundAsync(tenant, "etag-refused");
        var url = $"{site}/_api/web/lists(guid'{list}')/items({id})";

        using var otherType = await MergeAsync(tenant, url, "*", new { __metadata = new { type = "SP.Data.VarslerListItem" }, Kode = "x" });
        using var plainJson = await MergeAsync(tenant, url, "*", new { __metadata = new { type = "SP.Data.RunderListItem" }, Kode = "x" }, "application/json");
        using var unknown = await MergeAsync(tenant, url, "*", new { Leietaker = "x" });
        using var wrongType = await MergeAsync(tenant, url, "*", new { Runde = true });

        Assert.Contains("A type named 'SP.Data.VarslerListItem' could not be resolved by the model.", await otherType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The property '__metadata' does not exist on type 'SP.Data.RunderListItem'", await plainJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("The property 'Leietaker' does not exist on type 'SP.Data.RunderListItem'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Cannot convert a primitive value to the expected type 'Edm.Double'", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(new[] { otherType, plainJson, unknown, wrongType }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.EndsWith(",1\"", (await tenant.Http.GetAsync(url)).Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_InsideABatch_StalePartIs412AndCurrentPartIs204WithItsETagHeader()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, first) = await RoundAsync(tenant, "etag-batch");
        var second = await tenant.AddItemAsync(site, list, ("Kode", "H2027"));
        var api = $"{tenant.Server.SiteUrl("etag-batch").AbsoluteUri}/_api/web/lists(guid'{list}')/items";
        var firstTag = (await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{list}')/items({first})")).Headers.ETag!.Tag;
        var secondTag = (await tenant.Http.GetAsync($"{site}/_api/web/lists(guid'{list}')/items({second})")).Headers.ETag!.Tag;
        using var change = await MergeAsync(tenant, $"{site}/_api/web/lists(guid'{list}')/items({second})", "*", new { Kode = "H2027b" });
        var body = new StringBuilder()
            .Append(Part($"{api}({first})", firstTag, "{\"__metadata\":{\"type\":\"SP.Data.RunderListItem\"},\"Kode\":\"leid:1\"}"))
            .Append(Part($"{api}({second})", secondTag, "{\"Kode\":\"leid:2\"}"))
            .Append("--b--\r\n");

        var text = await (await tenant.Http.PostAsync(site + "/_api/$batch", Batch.SharePointBatchTests.Multipart(body.ToString(), "b"))).Content.ReadAsStringAsync();

        Assert.Matches("HTTP/1.1 204 No Content\r\nCONTENT-TYPE: [^\r]*\r\nETag: \"[0-9a-f-]{36},2\"\r\n", text);
        Assert.Contains("HTTP/1.1 412 Precondition Failed", text, StringComparison.Ordinal);
        Assert.Contains("does not match the object's ETag value", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithAStaleETag_Answers412AndTheItemStays()
    {
        await using var tenant = await TestTenant.StartAsync();
        var (site, list, id) = await RoundAsync(tenant, "etag-delete");
        var url = $"{site}/_api/web/lists(guid'{list}')/items({id})";
        var stale = (await tenant.Http.GetAsync(url)).Headers.ETag!.Tag;
        using var change = await MergeAsync(tenant, url, stale, new { Kode = "leid" });
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.TryAddWithoutValidation("IF-MATCH", stale);

        var response = await tenant.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.Http.GetAsync(url)).StatusCode);
    }

    internal static async Task<HttpResponseMessage> MergeAsync(TestTenant tenant, string url, string? ifMatch, object body, string contentType = TestTenant.Verbose)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = TestTenant.Json(body, contentType) };
        request.Headers.Add("X-HTTP-Method", "MERGE");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("IF-MATCH", ifMatch);
        }

        return await tenant.Http.SendAsync(request);
    }

    private static string Part(string url, string ifMatch, string json) =>
        "--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
        $"POST {url} HTTP/1.1\r\nX-HTTP-Method: MERGE\r\nIF-MATCH: {ifMatch}\r\nContent-Type: application/json;odata=verbose\r\n\r\n{json}\r\n--c--\r\n";

    private static async Task<(string Site, string List, int Id)> RoundAsync(TestTenant tenant, string name)
    {
        var site = await tenant.CreateSiteAsync(name);
        var list = await tenant.CreateListAsync(site, "Runder");
        return (site, list, await tenant.AddItemAsync(site, list, ("Kode", "H2026")));
    }

    [GeneratedRegex("^\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},[0-9]+\"$")]
    private static partial Regex ETagShape();
}
