using PnpSamtale.SharePoint.Sites;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Sites;

public sealed class SiteRequestsTests
{
    private static readonly Uri Tenant = TestSetup.Tenant;
    private static readonly Uri Site = TestSetup.Site;

    [Fact]
    public void Create_TeamSite_PostsSpSiteManagerCreateOnTheTenantHost()
    {
        // wire-subset.md: POST {host}/_api/SPSiteManager/create body {"request":{"Title","Url","Lcid":1044,"WebTemplate":"STS#3",
        // "Owner","ShareByEmailEnabled":false,"Description":"","Classification":"","SiteDesignId":"0000…","WebTemplateExtensionId":"0000…"}}
        var request = SiteRequests.Create(new Uri("https://contoso.sharepoint.com/sites/other"), new SiteCreation("Medarbeidersamtaler H2026", Site, "eier@contoso.com"));

        WireAssert.SharePointPost(request, "https://contoso.sharepoint.com/_api/SPSiteManager/create", """
            {"request":{"Title":"Medarbeidersamtaler H2026","Url":"https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026",
             "Lcid":1044,"TimeZoneId":4,"WebTemplate":"STS#3","Owner":"eier@contoso.com","ShareByEmailEnabled":false,"Description":"",
             "Classification":"","SiteDesignId":"00000000-0000-0000-0000-000000000000",
             "WebTemplateExtensionId":"00000000-0000-0000-0000-000000000000"}}
            """);
    }

    [Fact]
    public void Status_SiteUrl_QuotesTheUrlEncodedUrl()
    {
        // wire-subset.md: GET {host}/_api/SPSiteManager/status?url='<urlencoded url>'
        var request = SiteRequests.Status(Tenant, Site);

        WireAssert.SharePointGet(request,
            "https://contoso.sharepoint.com/_api/SPSiteManager/status?url='https%3A%2F%2Fcontoso.sharepoint.com%2Fsites%2Fmedarbeidersamtaler-h2026'");
    }

    [Fact]
    public void Delete_SiteId_PostsTheIdInTheBody()
    {
        // wire-subset.md: POST {host}/_api/SPSiteManager/delete body {"siteId":"<guid>"}
        var request = SiteRequests.Delete(Tenant, Guid.Parse("0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"));

        WireAssert.SharePointPost(request, "https://contoso.sharepoint.com/_api/SPSiteManager/delete",
            """{"siteId":"0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"}""");
    }

    [Fact]
    public void GetWeb_SiteWithTrailingSlash_SelectsProvisioningState()
    {
        // wire-subset.md: GET {site}/_api/web?$select=Id,Title,Url,IsProvisioningComplete
        var request = SiteRequests.GetWeb(new Uri(Site.AbsoluteUri + "/"));

        WireAssert.SharePointGet(request, "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web?$select=Id,Title,Url,IsProvisioningComplete");
    }

    [Fact]
    public void GetSite_Site_SelectsIdAndUrl()
    {
        // wire-subset.md: GET {site}/_api/site?$select=Id,Url
        WireAssert.SharePointGet(SiteRequests.GetSite(Site), "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/site?$select=Id,Url");
    }

    [Fact]
    public void GetWeb_RelativeSiteUrl_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => SiteRequests.GetWeb(new Uri("/sites/x", UriKind.Relative)));

        Assert.Contains("must be absolute", exception.Message, StringComparison.Ordinal);
    }
}
