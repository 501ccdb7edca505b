using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Drives;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Drives;

public sealed class DriveClientTests
{
    private static readonly Uri OtherSite = new("https://contoso.sharepoint.com/sites/annen");

    [Fact]
    public async Task UploadManyAsync_TwoSites_ResolvesEachOnceAndSendsBase64InOneBatch()
    {
        var stub = new StubHandler((request, _) => request.Uri.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal)
            ? Respond.Json(BatchAnswer(request.Body))
            : Respond.Json($$"""{"id":"contoso.sharepoint.com,{{request.Uri.AbsolutePath.Split('/')[^1]}},w","name":"n","displayName":"d","webUrl":"w"}"""));
        DriveUpload[] uploads =
        [
            new(TestSetup.Site, TestSetup.ListId, "a.json", "{\"a\":1}"u8.ToArray()),
            new(OtherSite, TestSetup.ListId, "b.json", "{}"u8.ToArray()),
            new(TestSetup.Site, TestSetup.ListId, "c.json", "[]"u8.ToArray()),
        ];

        var results = await Client(stub).UploadManyAsync(uploads, CancellationToken.None);

        Assert.Equal(3, stub.Requests.Count);
        var batch = JsonNode.Parse(stub.Requests[2].Body)!["requests"]!.AsArray();
        Assert.Equal(Convert.ToBase64String("{\"a\":1}"u8.ToArray()), batch[0]!["body"]!.GetValue<string>());
        Assert.Equal("application/octet-stream", batch[0]!["headers"]!["Content-Type"]!.GetValue<string>());
        Assert.StartsWith("/sites/contoso.sharepoint.com,annen,w/", batch[1]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["a.json", "b.json", "c.json"], results.Select(r => r.GetValueOrThrow().Name));
        Assert.Equal(7, results[0].Value!.Size);
        Assert.Equal("application/json", results[0].Value!.File!.MimeType);
    }

    [Fact]
    public async Task UploadAsync_NotALibrary_ThrowsWithGraphCode()
    {
        var stub = new StubHandler((_, call) => call == 0
            ? Respond.Json("""{"id":"contoso.sharepoint.com,aa,bb","name":"n","displayName":"d","webUrl":"w"}""")
            : Respond.Json("""{"error":{"code":"invalidRequest","message":"not a library"}}""", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<SharePointServiceException>(
            () => Client(stub).UploadAsync(new DriveUpload(TestSetup.Site, TestSetup.ListId, "a.txt", new byte[] { 1 }), CancellationToken.None));

        Assert.Equal((HttpStatusCode.BadRequest, "invalidRequest"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(HttpMethod.Put, stub.Requests[1].Method);
    }

    private static DriveClient Client(StubHandler stub) =>
        new(TestSetup.Transport(stub), TestSetup.GraphBatches(stub, new ManualTimeProvider()), TestSetup.Wrap(TestSetup.Options()));

    /// <summary>Answers every inner upload 201 with its driveItem base64-encoded, as Graph does for binary requests.</summary>
    private static string BatchAnswer(string body)
    {
        var responses = new JsonArray();
        foreach (var request in JsonNode.Parse(body)!["requests"]!.AsArray())
        {
            var name = request!["url"]!.GetValue<string>().Split("root:/")[1].Split(':')[0];
            var size = Convert.FromBase64String(request["body"]!.GetValue<string>()).Length;
            var driveItem = $$$"""{"id":"{{{name}}}-id","name":"{{{name}}}","size":{{{size}}},"webUrl":"w","createdDateTime":"2026-10-20T08:00:00Z","lastModifiedDateTime":"2026-10-20T08:00:00Z","file":{"mimeType":"application/json"}}""";
            responses.Add(new JsonObject
            {
                ["id"] = request["id"]!.GetValue<string>(),
                ["status"] = 201,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["body"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(driveItem)),
            });
        }

        return new JsonObject { ["responses"] = responses }.ToJsonString();
    }
}
