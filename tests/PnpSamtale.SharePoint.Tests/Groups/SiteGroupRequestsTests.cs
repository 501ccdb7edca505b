using PnpSamtale.SharePoint.Groups;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Groups;

public sealed class SiteGroupRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";

    [Fact]
    public void Create_TitleAndDescription_PostsSpGroupMetadata()
    {
        // wire-subset.md: POST {site}/_api/web/sitegroups body {"__metadata":{"type":"SP.Group"},"Title","Description"?}
        var request = SiteGroupRequests.Create(TestSetup.Site, "Samtaleansvarlige", "Holders of conversations");

        WireAssert.SharePointPost(request, Api + "web/sitegroups",
            """{"__metadata":{"type":"SP.Group"},"Title":"Samtaleansvarlige","Description":"Holders of conversations"}""");
    }

    [Fact]
    public void Create_NoDescription_LeavesDescriptionOut()
    {
        var request = SiteGroupRequests.Create(TestSetup.Site, "Eiere");

        WireAssert.SharePointPost(request, Api + "web/sitegroups", """{"__metadata":{"type":"SP.Group"},"Title":"Eiere"}""");
    }

    [Fact]
    public void GetByName_TitleWithQuoteAndSpace_DoublesTheQuoteAndEncodes()
    {
        // wire-subset.md: GET {site}/_api/web/sitegroups/getbyname('{title}')
        var request = SiteGroupRequests.GetByName(TestSetup.Site, "Kari's gruppe");

        WireAssert.SharePointGet(request, Api + "web/sitegroups/getbyname('Kari%27%27s%20gruppe')");
    }

    [Fact]
    public void GetById_Id_GetsTheGroup()
    {
        // wire-subset.md: GET {site}/_api/web/sitegroups/getbyid({id})
        WireAssert.SharePointGet(SiteGroupRequests.GetById(TestSetup.Site, 7), Api + "web/sitegroups/getbyid(7)");
    }

    [Fact]
    public void List_Site_GetsAllGroups()
    {
        WireAssert.SharePointGet(SiteGroupRequests.List(TestSetup.Site), Api + "web/sitegroups");
    }

    [Fact]
    public void RemoveById_Id_PostsRemoveById()
    {
        // wire-subset.md: POST {site}/_api/web/sitegroups/removebyid({id})
        WireAssert.SharePointPost(SiteGroupRequests.RemoveById(TestSetup.Site, 7), Api + "web/sitegroups/removebyid(7)");
    }

    [Fact]
    public void ListMembers_Id_GetsTheGroupsUsers()
    {
        // wire-subset.md: GET {site}/_api/web/sitegroups/getbyid({id})/users
        WireAssert.SharePointGet(SiteGroupRequests.ListMembers(TestSetup.Site, 7), Api + "web/sitegroups/getbyid(7)/users");
    }

    [Fact]
    public void AddMember_Upn_PostsSpUserWithClaimsLoginName()
    {
        // wire-subset.md: POST {site}/_api/web/sitegroups/getbyid({id})/users body {"__metadata":{"type":"SP.User"},"LoginName"}
        var request = SiteGroupRequests.AddMember(TestSetup.Site, 7, "kari@contoso.com");

        WireAssert.SharePointPost(request, Api + "web/sitegroups/getbyid(7)/users",
            """{"__metadata":{"type":"SP.User"},"LoginName":"i:0#.f|membership|kari@contoso.com"}""");
    }

    [Fact]
    public void RemoveMember_Ids_DeletesTheUserFromTheGroup()
    {
        // wire-subset.md: DELETE {site}/_api/web/sitegroups/getbyid({id})/users/getbyid({userId})
        WireAssert.SharePointDelete(SiteGroupRequests.RemoveMember(TestSetup.Site, 7, 12), Api + "web/sitegroups/getbyid(7)/users/getbyid(12)");
    }
}
