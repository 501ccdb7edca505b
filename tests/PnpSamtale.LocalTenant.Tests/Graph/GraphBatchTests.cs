using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Graph;

public sealed class GraphBatchTests
{
    [Fact]
    public async Task Batch_DependencyFails_DependentAnswers424AndOthersRun()
    {
        await using var tenant = await TestTenant.StartAsync();
        tenant.Server.SeedDirectory([new DirectoryUser("kari@stinn.no", "Kari", null)]);
        var mail = new { message = new { subject = "s", body = new { contentType = "Text", content = "c" }, toRecipients = new[] { new { emailAddress = new { address = "kari@stinn.no" } } } } };
        var batch = new
        {
            requests = new object[]
            {
                new { id = "1", method = "GET", url = "/users/ingen@stinn.no" },
                new { id = "2", method = "POST", url = "/users/noreply@stinn.no/sendMail", headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body = mail, dependsOn = new[] { "1" } },
                new { id = "3", method = "GET", url = "/users/kari@stinn.no" },
                new { id = "4", method = "POST", url = "/users/noreply@stinn.no/sendMail", headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body = mail, dependsOn = new[] { "3" } },
            },
        };

        var result = await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json")), HttpStatusCode.OK);
        var responses = result["responses"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var outbox = await tenant.GetAsync("/_local/outbox");

        Assert.Equal(["1", "2", "3", "4"], responses.Select(r => r["id"]!.GetValue<string>()));
        Assert.Equal([404, 424, 200, 202], responses.Select(r => r["status"]!.GetValue<int>()));
        Assert.Equal("Kari", responses[2]["body"]!["displayName"]!.GetValue<string>());
        Assert.IsType<JsonObject>(responses[0]["headers"]);
        Assert.Single(outbox["value"]!.AsArray());
    }

    [Fact]
    public async Task Batch_MoreThan20_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var batch = new { requests = Enumerable.Range(1, 21).Select(i => new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), method = "GET", url = "/users/x@stinn.no" }).ToArray() };

        var response = await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(batch, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
