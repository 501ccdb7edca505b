using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.SharePoint.Tests.Views;

public sealed class ViewRequestsTests
{
    private const string List = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')";

    [Fact]
    public void Add_Definition_PostsViewCreationInformation()
    {
        // wire-subset.md: POST {site}/_api/web/lists(guid'{id}')/views/add body {"parameters":{"__metadata":{"type":"SP.ViewCreationInformation"},
        // "Title","ViewFields":{"results":[…]},"Query","RowLimit","PersonalView":false,"SetAsDefaultView"}}
        var view = new ViewDefinition("Planlagte", ["LinkTitle", "Status", "Frist"], "<Where><Eq><FieldRef Name=\"Status\" /><Value Type=\"Choice\">Planlagt</Value></Eq></Where>", 50)
        {
            SetAsDefaultView = true,
        };

        var request = ViewRequests.Add(TestSetup.Site, TestSetup.ListId, view);

        WireAssert.SharePointPost(request, List + "/views/add", """
            {"parameters":{"__metadata":{"type":"SP.ViewCreationInformation"},"Title":"Planlagte",
              "ViewFields":{"results":["LinkTitle","Status","Frist"]},
              "Query":"<Where><Eq><FieldRef Name=\"Status\" /><Value Type=\"Choice\">Planlagt</Value></Eq></Where>",
              "RowLimit":50,"PersonalView":false,"SetAsDefaultView":true}}
            """);
    }

    [Theory]
    [InlineData("", 30)]
    [InlineData("Tittel", 0)]
    public void Add_NoTitleOrNoRows_Throws(string title, int rowLimit)
    {
        Assert.ThrowsAny<ArgumentException>(() => ViewRequests.Add(TestSetup.Site, TestSetup.ListId, new ViewDefinition(title, ["Title"], "", rowLimit)));
    }

    [Fact]
    public void List_ListId_ExpandsViewFields()
    {
        // wire-subset.md: GET {list}/views?$expand=ViewFields
        WireAssert.SharePointGet(ViewRequests.List(TestSetup.Site, TestSetup.ListId), List + "/views?$expand=ViewFields");
    }

    [Fact]
    public void Delete_ViewId_DeletesByGuid()
    {
        // wire-subset.md: DELETE {list}/views(guid'{viewId}')
        var viewId = Guid.Parse("0b7a2c4d-1e2f-4a5b-9c6d-7e8f9a0b1c2d");

        WireAssert.SharePointDelete(ViewRequests.Delete(TestSetup.Site, TestSetup.ListId, viewId), List + "/views(guid'0b7a2c4d-1e2f-4a5b-9c6d-7e8f9a0b1c2d')");
    }
}
