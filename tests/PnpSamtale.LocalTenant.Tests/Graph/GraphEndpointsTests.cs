using System.Net;

namespace PnpSamtale.LocalTenant.Tests.Graph;

public sealed class GraphEndpointsTests
{
    [Fact]
    public async Task Site_ByHostnameAndPath_AnswersCompositeId()
    {
        await using var tenant = await TestTenant.StartAsync();
        await tenant.CreateSiteAsync("graph-site", "Runde H2026");
        var webId = (await tenant.GetAsync("/sites/graph-site/_api/web?$select=Id"))["Id"]!.GetValue<string>();
        var siteId = (await tenant.GetAsync("/sites/graph-site/_api/site?$select=Id"))["Id"]!.GetValue<string>();

        var site = await tenant.GetAsync("/v1.0/sites/127.0.0.1:/sites/graph-site");

        Assert.Equal($"127.0.0.1,{siteId},{webId}", site["id"]!.GetValue<string>());
        Assert.Equal("graph-site", site["name"]!.GetValue<string>());
        Assert.Equal("Runde H2026", site["displayName"]!.GetValue<string>());
        Assert.Equal(tenant.Server.SiteUrl("graph-site").AbsoluteUri, site["webUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Site_EncodedPathOrCompositeId_ResolvesTheSameSite()
    {
        await using var tenant = await TestTenant.StartAsync();
        await tenant.CreateSiteAsync("graph-encoded");
        var id = (await tenant.GetAsync("/v1.0/sites/127.0.0.1:/sites/graph-encoded"))["id"]!.GetValue<string>();

        var encoded = await tenant.GetAsync("/v1.0/sites/127.0.0.1%3A%2Fsites%2Fgraph-encoded");
        var byId = await tenant.GetAsync("/v1.0/sites/" + id);

        Assert.Equal(id, encoded["id"]!.GetValue<string>());
        Assert.Equal(id, byId["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Site_Unknown_Answers404ItemNotFound()
    {
        await using var tenant = await TestTenant.StartAsync();

        var response = await tenant.Http.GetAsync("/v1.0/sites/127.0.0.1:/sites/nei");
        var body = await TestTenant.ExpectAsync(response, HttpStatusCode.NotFound);

        Assert.Equal("itemNotFound", body["error"]!["code"]!.GetValue<string>());
        Assert.Equal("Requested site could not be found", body["error"]!["message"]!.GetValue<string>());
        Assert.NotNull(body["error"]!["innerError"]!["request-id"]);
        Assert.NotNull(body["error"]!["innerError"]!["date"]);
        Assert.True(response.Headers.Contains("request-id"));
    }

    [Fact]
    public async Task CreateList_DuplicateName_Answers201ThenConflict()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("graph-list");
        var id = (await tenant.GetAsync("/v1.0/sites/127.0.0.1:/sites/graph-list"))["id"]!.GetValue<string>();
        var body = new { displayName = "Samtaleskjema", list = new { template = "documentLibrary" }, columns = Array.Empty<object>() };

        var created = await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"/v1.0/sites/{id}/lists", TestTenant.Json(body, "application/json")), HttpStatusCode.Created);
        var duplicate = await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"/v1.0/sites/{id}/lists", TestTenant.Json(body, "application/json")), HttpStatusCode.Conflict);
        var viaRest = await tenant.GetAsync($"{site}/_api/web/lists(guid'{created["id"]}')?$select=Title,BaseTemplate");

        Assert.Equal("Samtaleskjema", created["name"]!.GetValue<string>());
        Assert.Equal("Samtaleskjema", created["displayName"]!.GetValue<string>());
        Assert.Equal("documentLibrary", created["list"]!["template"]!.GetValue<string>());
        Assert.Equal($"{tenant.Server.SiteUrl("graph-list").AbsoluteUri}/Samtaleskjema", created["webUrl"]!.GetValue<string>());
        Assert.NotNull(created["createdDateTime"]);
        Assert.Equal("nameAlreadyExists", duplicate["error"]!["code"]!.GetValue<string>());
        Assert.Equal("The resource already exists.", duplicate["error"]!["message"]!.GetValue<string>());
        Assert.Equal(101, viaRest["BaseTemplate"]!.GetValue<int>());
    }

    [Fact]
    public async Task User_SeededAndUnknown_AnswerUserAnd404()
    {
        await using var tenant = await TestTenant.StartAsync();
        tenant.Server.SeedDirectory([new DirectoryUser("kari@stinn.no", "Kari Nordmann", "nb-NO")]);

        var user = await tenant.GetAsync("/v1.0/users/kari@stinn.no");
        var unknown = await TestTenant.ExpectAsync(await tenant.Http.GetAsync("/v1.0/users/ingen@stinn.no"), HttpStatusCode.NotFound);

        Assert.True(Guid.TryParse(user["id"]!.GetValue<string>(), out _));
        Assert.Equal("kari@stinn.no", user["userPrincipalName"]!.GetValue<string>());
        Assert.Equal("Kari Nordmann", user["displayName"]!.GetValue<string>());
        Assert.Equal("kari@stinn.no", user["mail"]!.GetValue<string>());
        Assert.Equal("nb-NO", user["preferredLanguage"]!.GetValue<string>());
        Assert.Equal("Request_ResourceNotFound", unknown["error"]!["code"]!.GetValue<string>());
        Assert.Equal("Resource 'ingen@stinn.no' does not exist or one of its queried reference-property objects are not present.", unknown["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendMail_ValidMessage_Answers202EmptyAndLandsInOutbox()
    {
        await using var tenant = await TestTenant.StartAsync();
        var mail = new
        {
            message = new
            {
                subject = "Påminnelse: medarbeidersamtale",
                body = new { contentType = "HTML", content = "<p>Frist fredag</p>" },
                toRecipients = new[] { new { emailAddress = new { address = "kari@stinn.no", name = "Kari" } } },
                ccRecipients = new[] { new { emailAddress = new { address = "leder@stinn.no", name = "Leder" } } },
            },
            saveToSentItems = false,
        };

        var response = await tenant.Http.PostAsync("/v1.0/users/noreply@stinn.no/sendMail", TestTenant.Json(mail, "application/json"));
        var outbox = await tenant.GetAsync("/_local/outbox");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(outbox["value"]!.AsArray())!;
        Assert.Equal("noreply@stinn.no", sent["from"]!.GetValue<string>());
        Assert.Equal(["kari@stinn.no"], sent["to"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["leder@stinn.no"], sent["cc"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("Påminnelse: medarbeidersamtale", sent["subject"]!.GetValue<string>());
        Assert.Equal("<p>Frist fredag</p>", sent["body"]!.GetValue<string>());
        Assert.NotNull(sent["sentAt"]);
    }
}
