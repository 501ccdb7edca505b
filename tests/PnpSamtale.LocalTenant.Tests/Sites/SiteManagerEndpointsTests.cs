using System.Net;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Tests.Sites;

public sealed class SiteManagerEndpointsTests
{
    [Fact]
    public async Task Create_NewSite_AnswersStatus1ThenStatusReportsReady()
    {
        await using var tenant = await TestTenant.StartAsync();
        var url = tenant.Server.SiteUrl("samtaler-h2026").AbsoluteUri;

        var created = await tenant.PostAsync("/_api/SPSiteManager/create", new { request = new { Title = "Samtaler", Url = url, Lcid = 1044, WebTemplate = "STS#3", Owner = "eier@stinn.no" } });
        var status = await tenant.GetAsync("/_api/SPSiteManager/status?url=" + Uri.EscapeDataString("'" + url + "'"));

        Assert.Equal(1, created["SiteStatus"]!.GetValue<int>());
        Assert.Equal(url, created["SiteUrl"]!.GetValue<string>());
        Assert.True(Guid.TryParse(created["SiteId"]!.GetValue<string>(), out _));
        Assert.Equal(2, status["SiteStatus"]!.GetValue<int>());
        Assert.Equal(created["SiteId"]!.GetValue<string>(), status["SiteId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UrlInUse_AnswersStatus4WithEmptyIdAndUrl()
    {
        // Documented: "4 - Site with requested URL already exist"; real answers carry "SiteId":"" (sp-dev-docs#7416).
        await using var tenant = await TestTenant.StartAsync();
        await tenant.CreateSiteAsync("dobbel");

        var again = await tenant.PostAsync("/_api/SPSiteManager/create", new { request = new { Title = "x", Url = tenant.Server.SiteUrl("DOBBEL").AbsoluteUri, Owner = "eier@stinn.no" } });

        Assert.Equal(4, again["SiteStatus"]!.GetValue<int>());
        Assert.Equal(string.Empty, again["SiteId"]!.GetValue<string>());
        Assert.Equal(string.Empty, again["SiteUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithoutOwner_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();

        var response = await tenant.Http.PostAsync("/_api/SPSiteManager/create", TestTenant.Json(new { request = new { Title = "x", Url = tenant.Server.SiteUrl("uten-eier").AbsoluteUri } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Status_UnknownSite_AnswersTheConfiguredStatusWithEmptyIdAndUrl(int missingStatus)
    {
        // Documented: 0 "with no URL and no site id"; since March 2026 real tenants answer 1 (sp-dev-docs#10746).
        await using var tenant = await TestTenant.StartAsync(o => o.MissingSiteStatus = missingStatus);

        var status = await tenant.GetAsync("/_api/SPSiteManager/status?url=" + Uri.EscapeDataString("'" + tenant.Server.SiteUrl("finnes-ikke").AbsoluteUri + "'"));

        Assert.Equal(missingStatus, status["SiteStatus"]!.GetValue<int>());
        Assert.Equal(string.Empty, status["SiteId"]!.GetValue<string>());
        Assert.Equal(string.Empty, status["SiteUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_ExistingSite_AnswersOdataNullAndSiteIsGone()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("slettes");
        var id = (await tenant.GetAsync(site + "/_api/site?$select=Id,Url"))["Id"]!.GetValue<string>();

        var deleted = await tenant.PostAsync("/_api/SPSiteManager/delete", new { siteId = id });
        var after = await tenant.Http.GetAsync(site + "/_api/web");

        Assert.True(deleted["odata.null"]!.GetValue<bool>());
        await TestTenant.ExpectErrorAsync(after, HttpStatusCode.NotFound, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
    }

    [Fact]
    public async Task Web_SelectedProperties_AnswersOnlyThose()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("web-select", "Runde H2026");

        var web = await tenant.GetAsync(site + "/_api/web?$select=Id,Title,Url,IsProvisioningComplete");
        var collection = await tenant.GetAsync(site + "/_api/site?$select=Id,Url");

        Assert.Equal(["Id", "Title", "Url", "IsProvisioningComplete"], web.Select(p => p.Key));
        Assert.Equal("Runde H2026", web["Title"]!.GetValue<string>());
        Assert.True(web["IsProvisioningComplete"]!.GetValue<bool>());
        Assert.Equal(tenant.Server.SiteUrl("web-select").AbsoluteUri, web["Url"]!.GetValue<string>());
        Assert.Equal(["Id", "Url"], collection.Select(p => p.Key));
    }

    [Fact]
    public async Task Web_UnknownSelectProperty_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("web-bad-select");

        var response = await tenant.Http.GetAsync(site + "/_api/web?$select=Nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Web_AnyResponse_CarriesSpRequestGuidAndSameRequestId()
    {
        await using var tenant = await TestTenant.StartAsync();
        var site = await tenant.CreateSiteAsync("headers");

        var response = await tenant.Http.GetAsync(site + "/_api/web");

        var guid = Assert.Single(response.Headers.GetValues("SPRequestGuid"));
        Assert.True(Guid.TryParse(guid, out _));
        Assert.Equal(guid, Assert.Single(response.Headers.GetValues("request-id")));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "odata" && p.Value == "nometadata");
    }

    [Fact]
    public async Task Web_SiteNameInOtherCase_IsTheSameSite()
    {
        await using var tenant = await TestTenant.StartAsync();
        await tenant.CreateSiteAsync("storesmaa");

        var web = await tenant.GetAsync("/SITES/StoreSmaa/_API/Web?$select=Title");

        Assert.IsType<JsonValue>(web["Title"], exactMatch: false);
    }
}
