using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Users;

public sealed class SiteUserRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";

    [Fact]
    public void EnsureUser_Upn_PostsTheClaimsLoginName()
    {
        // wire-subset.md: POST {site}/_api/web/ensureuser body {"logonName":"i:0#.f|membership|{upn}"}
        var request = SiteUserRequests.EnsureUser(TestSetup.Site, "kari.nordmann@contoso.com");

        WireAssert.SharePointPost(request, Api + "web/ensureuser", """{"logonName":"i:0#.f|membership|kari.nordmann@contoso.com"}""");
    }

    [Fact]
    public void CurrentUser_Site_GetsTheCurrentUser()
    {
        // wire-subset.md: GET {site}/_api/web/currentuser
        WireAssert.SharePointGet(SiteUserRequests.CurrentUser(TestSetup.Site), Api + "web/currentuser");
    }

    [Fact]
    public void SiteUsers_Site_GetsTheSiteUsers()
    {
        // wire-subset.md: GET {site}/_api/web/siteusers
        WireAssert.SharePointGet(SiteUserRequests.SiteUsers(TestSetup.Site), Api + "web/siteusers");
    }
}
