using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Batch;

public sealed class SharePointBatchTests
{
    [Fact]
    public async Task Batch_ReadTwoWritesInChangesetAndFailingOp_AnswersFlatPartsInOrder()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("batch");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var baseUrl = tenant.Server.SiteUrl("batch").AbsoluteUri;
        var add = "{\"formValues\":[{\"FieldName\":\"Title\",\"FieldValue\":\"fra batch\"}]}";
        var body = new StringBuilder()
            .Append("--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
            .Append($"GET {baseUrl}/_api/web/currentuser HTTP/1.1\r\nAccept: application/json;odata=nometadata\r\n\r\n\r\n")
            .Append("--batch_1\r\nContent-Type: multipart/mixed; boundary=\"changeset_1\"\r\n\r\n")
            .Append(Write($"{baseUrl}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath", add))
            .Append(Write($"{baseUrl}/_api/web/lists(guid'{list}')/AddValidateUpdateItemUsingPath", add))
            .Append("--changeset_1--\r\n")
            .Append("--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
            .Append($"GET {baseUrl}/_api/web/lists/getbytitle('Finnes%20ikke') HTTP/1.1\r\nAccept: application/json;odata=nometadata\r\n\r\n\r\n")
            .Append("--batch_1--\r\n");

        var response = await tenant.Http.PostAsync(site + "/_api/$batch", Multipart(body.ToString(), "batch_1"));
        var text = await response.Content.ReadAsStringAsync();
        var boundary = response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
        var parts = text.Split("--" + boundary).Skip(1).SkipLast(1).ToList();
        var items = await tenant.GetAsync($"{site}/_api/web/lists(guid'{list}')/items");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("batchresponse_", boundary, StringComparison.Ordinal);
        Assert.EndsWith("--" + boundary + "--\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("changesetresponse", text, StringComparison.Ordinal);
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.StartsWith("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nHTTP/1.1 ", p, StringComparison.Ordinal));
        Assert.Equal(["200 OK", "200 OK", "200 OK", "404 Not Found"], parts.Select(p => p.Split("\r\n")[4]["HTTP/1.1 ".Length..]));
        Assert.All(parts, p => Assert.Contains("\r\nCONTENT-TYPE: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n\r\n", p, StringComparison.Ordinal));
        Assert.Equal("SharePoint App", Body(parts[0])["Title"]!.GetValue<string>());
        Assert.Equal("-1, System.ArgumentException", Body(parts[3])["odata.error"]!["code"]!.GetValue<string>());
        Assert.Equal(2, items["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task Batch_MoreThan100Operations_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("batch-101");
        var baseUrl = tenant.Server.SiteUrl("batch-101").AbsoluteUri;
        var body = new StringBuilder();
        for (var i = 0; i < 101; i++)
        {
            body.Append($"--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET {baseUrl}/_api/web HTTP/1.1\r\n\r\n\r\n");
        }

        var response = await tenant.Http.PostAsync(site + "/_api/$batch", Multipart(body.Append("--b--\r\n").ToString(), "b"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("-1, Microsoft.SharePoint.Client.InvalidClientQueryException", (await TestTenant.ExpectAsync(response, HttpStatusCode.BadRequest))["odata.error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Batch_DeleteInChangeset_AnswersEmptyPart()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("batch-delete");
        var list = await tenant.CreateListAsync(site, "Samtaler");
        var id = await tenant.AddItemAsync(site, list, ("Title", "x"));
        var url = $"{tenant.Server.SiteUrl("batch-delete").AbsoluteUri}/_api/web/lists(guid'{list}')/items({id})";
        var body = "--batch_x\r\nContent-Type: multipart/mixed; boundary=changeset_x\r\n\r\n"
            + $"--changeset_x\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nDELETE {url} HTTP/1.1\r\nX-HTTP-Method: DELETE\r\nIF-MATCH: *\r\n\r\n\r\n"
            + "--changeset_x--\r\n--batch_x--\r\n";

        var text = await (await tenant.Http.PostAsync(site + "/_api/$batch", Multipart(body, "batch_x"))).Content.ReadAsStringAsync();

        Assert.Contains("HTTP/1.1 200 OK\r\nCONTENT-TYPE: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n\r\n\r\n--batchresponse_", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await tenant.Http.GetAsync(url)).StatusCode);
    }

    internal static StringContent Multipart(string body, string boundary)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
        return content;
    }

    private static string Write(string url, string json) =>
        $"--changeset_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPOST {url} HTTP/1.1\r\nAccept: application/json;odata=nometadata\r\nContent-Type: application/json;odata=verbose\r\nIf-Match: *\r\n\r\n{json}\r\n";

    private static JsonObject Body(string part) => JsonNode.Parse(part.Split("\r\n\r\n")[2].TrimEnd())!.AsObject();
}
