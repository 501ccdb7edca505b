using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Lists;

public sealed class ListRequestsTests
{
    private const string Api = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/";
    private const string List = "web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')";

    [Fact]
    public void GetByTitle_NorwegianTitle_EncodesItAndSelectsTheDocumentedFields()
    {
        // wire-subset.md: GET {site}/_api/web/lists/getbytitle('{title}')?$select=Id,Title,BaseTemplate,ItemCount,HasUniqueRoleAssignments
        var request = ListRequests.GetByTitle(TestSetup.Site, "Møter");

        WireAssert.SharePointGet(request, Api + "web/lists/getbytitle('M%C3%B8ter')?$select=Id,Title,BaseTemplate,ItemCount,HasUniqueRoleAssignments");
    }

    [Fact]
    public void GetAll_Site_SelectsIdTitleAndTemplate()
    {
        // wire-subset.md: GET {site}/_api/web/lists?$select=Id,Title,BaseTemplate
        WireAssert.SharePointGet(ListRequests.GetAll(TestSetup.Site), Api + "web/lists?$select=Id,Title,BaseTemplate");
    }

    [Fact]
    public void GetFields_ListId_SelectsTheFieldShape()
    {
        // wire-subset.md: GET {site}/_api/web/lists(guid'{id}')/fields?$select=InternalName,Title,TypeAsString,Indexed,CustomFormatter
        WireAssert.SharePointGet(ListRequests.GetFields(TestSetup.Site, TestSetup.ListId), Api + List + "/fields?$select=InternalName,Title,TypeAsString,Indexed,CustomFormatter");
    }

    [Fact]
    public void Create_Library_PostsSpListWithBaseTemplate101()
    {
        // wire-subset.md: POST {site}/_api/web/lists body {"__metadata":{"type":"SP.List"},"BaseTemplate":100|101,"Title"}
        var request = ListRequests.Create(TestSetup.Site, "Referater", ListTemplate.DocumentLibrary);

        WireAssert.SharePointPost(request, Api + "web/lists", """{"__metadata":{"type":"SP.List"},"BaseTemplate":101,"Title":"Referater"}""");
    }

    [Fact]
    public void Delete_ListId_DeletesTheList()
    {
        // wire-subset.md: DELETE {site}/_api/web/lists(guid'{id}')
        WireAssert.SharePointDelete(ListRequests.Delete(TestSetup.Site, TestSetup.ListId), Api + List);
    }
}
