using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class ItemRequestsTests
{
    private const string List = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')";

    [Fact]
    public void Add_FormValues_PostsAddValidateUpdateItemUsingPath()
    {
        // wire-subset.md: POST {site}/_api/web/lists(guid'{id}')/AddValidateUpdateItemUsingPath
        // body {"listItemCreateInfo":{"UnderlyingObjectType":0},"formValues":[{"FieldName","FieldValue"}],"bNewDocumentUpdate":false}
        var request = ItemRequests.Add(TestSetup.Site, TestSetup.ListId,
            [FormValue.Text("Title", "Samtale 1"), FormValue.Person("Holder", "kari@contoso.com"), FormValue.Boolean("Bekreftet", false)], TestSetup.Norwegian);

        WireAssert.SharePointPost(request, List + "/AddValidateUpdateItemUsingPath", """
            {"listItemCreateInfo":{"UnderlyingObjectType":0},"formValues":[
              {"FieldName":"Title","FieldValue":"Samtale 1"},
              {"FieldName":"Holder","FieldValue":"[{\"Key\":\"i:0#.f|membership|kari@contoso.com\"}]"},
              {"FieldName":"Bekreftet","FieldValue":"0"}],"bNewDocumentUpdate":false}
            """);
    }

    [Fact]
    public void Update_FormValues_PostsValidateUpdateListItem()
    {
        // wire-subset.md: POST {site}/_api/web/lists(guid'{id}')/items({itemId})/ValidateUpdateListItem body {"formValues":[...],"bNewDocumentUpdate":false}
        var request = ItemRequests.Update(TestSetup.Site, TestSetup.ListId, 17, [FormValue.Date("Frist", new DateOnly(2026, 11, 3))], TestSetup.Norwegian);

        WireAssert.SharePointPost(request, List + "/items(17)/ValidateUpdateListItem",
            """{"formValues":[{"FieldName":"Frist","FieldValue":"3.11.2026"}],"bNewDocumentUpdate":false}""");
    }

    [Theory]
    [InlineData(1044, "9.11.2026", "9.11.2026 14:30", "2,5")]
    [InlineData(1033, "11/9/2026", "11/9/2026 5:30 AM", "2.5")]
    public void Add_DatesAndNumbers_AreWrittenInTheSitesRegionalSettings(int lcid, string date, string dateTime, string number)
    {
        // formValues are parsed in the site's regional settings (an ISO date is refused on a Dutch site: pnp/cli-microsoft365#4375).
        var settings = lcid == 1044 ? TestSetup.Norwegian : TestSetup.English;
        var at = new DateTimeOffset(2026, 11, 9, 13, 30, 0, TimeSpan.Zero);

        var request = ItemRequests.Add(TestSetup.Site, TestSetup.ListId,
            [FormValue.Date("Frist", new DateOnly(2026, 11, 9)), FormValue.DateTime("Avtalt", at), FormValue.Number("Antall", 2.5)], settings);

        var body = System.Text.Json.Nodes.JsonNode.Parse(request.Body!.Content.Span)!["formValues"]!.AsArray();
        Assert.Equal([date, dateTime, number], body.Select(v => v!["FieldValue"]!.GetValue<string>()));
    }

    [Fact]
    public void Get_Fields_SelectsIdTitleFieldsAndUniqueFlagOnce()
    {
        // wire-subset.md: GET {site}/_api/web/lists(guid'{id}')/items({itemId})?$select=Id,Title,{fields},HasUniqueRoleAssignments
        var request = ItemRequests.Get(TestSetup.Site, TestSetup.ListId, 17, ["Status", "HolderId", "Title"]);

        WireAssert.SharePointGet(request, List + "/items(17)?$select=Id,Title,Status,HolderId,HasUniqueRoleAssignments");
    }

    [Fact]
    public void Query_SelectFilterTop_EncodesTheFilter()
    {
        // wire-subset.md: GET {site}/_api/web/lists(guid'{id}')/items?$select=…&$filter=…&$top={n}
        var filter = "Status eq " + ItemFilter.Text("Planlagt") + " and Frist lt " + ItemFilter.DateTime(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero));
        var request = ItemRequests.Query(TestSetup.Site, TestSetup.ListId, new ItemQuery(["Title", "Status"], filter, 500));

        WireAssert.SharePointGet(request, List
            + "/items?$select=Id,Title,Status&$filter=Status%20eq%20%27Planlagt%27%20and%20Frist%20lt%20datetime%272026-11-03T00%3A00%3A00Z%27&$top=500");
    }

    [Fact]
    public void Query_NoFilterNoTop_SelectsOnly()
    {
        WireAssert.SharePointGet(ItemRequests.Query(TestSetup.Site, TestSetup.ListId, new ItemQuery(["Title"])), List + "/items?$select=Id,Title");
    }

    [Fact]
    public void QueryByTitle_AddressesTheListByItsQuotedTitle()
    {
        // wire-subset.md: GET {site}/_api/web/lists/getbytitle('{title}')/items?$select=…: a job reads several lists in the batch that finds their ids.
        var request = ItemRequests.QueryByTitle(TestSetup.Site, "Samtaleskjema", new ItemQuery(["Skjemastatus"], null, 5000));

        WireAssert.SharePointGet(request, "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists/getbytitle('Samtaleskjema')/items?$select=Id,Skjemastatus&$top=5000");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public void Query_TopOutOfRange_Throws(int top)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemRequests.Query(TestSetup.Site, TestSetup.ListId, new ItemQuery(["Title"], null, top)));
    }

    [Fact]
    public void Query_ExpandRoleAssignments_AddsTheExpansionWithReadablePaths()
    {
        // wire-subset.md: GET …/items?$select=Id,FileLeafRef,…,HasUniqueRoleAssignments,RoleAssignments,RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings
        //   &$top=5000&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings — an expanded property comes back only when it is selected too
        var query = new ItemQuery(["FileLeafRef", "HasUniqueRoleAssignments"], Top: 5000, Expand: ItemQuery.RoleAssignmentsExpansion);

        WireAssert.SharePointGet(ItemRequests.Query(TestSetup.Site, TestSetup.ListId, query), List
            + "/items?$select=Id,FileLeafRef,HasUniqueRoleAssignments,RoleAssignments,RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings&$top=5000&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings");
    }

    [Fact]
    public void Get_Expand_AddsTheExpansionAfterTheSelect()
    {
        var request = ItemRequests.Get(TestSetup.Site, TestSetup.ListId, 17, ["Status"], ItemQuery.RoleAssignmentsExpansion);

        WireAssert.SharePointGet(request, List
            + "/items(17)?$select=Id,Title,Status,HasUniqueRoleAssignments,RoleAssignments,RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings");
    }

    [Fact]
    public void Query_EmptyExpandEntry_Throws()
    {
        Assert.Throws<ArgumentException>(() => ItemRequests.Query(TestSetup.Site, TestSetup.ListId, new ItemQuery(["Title"], Expand: ["RoleAssignments", " "])));
    }

    [Fact]
    public void NextPage_Link_GetsTheLinkAsGiven()
    {
        var link = new Uri(List + "/items?$select=Id&$top=2&$skiptoken=Paged%3dTRUE%26p_ID%3d2");

        WireAssert.SharePointGet(ItemRequests.NextPage(link), link.AbsoluteUri);
    }

    [Fact]
    public void Versions_Item_GetsVersions()
    {
        // wire-subset.md: GET {site}/_api/web/lists(guid'{id}')/items({itemId})/versions
        WireAssert.SharePointGet(ItemRequests.Versions(TestSetup.Site, TestSetup.ListId, 17), List + "/items(17)/versions");
    }

    [Fact]
    public void Delete_Item_DeletesPermanently()
    {
        // wire-subset.md: DELETE …/items({itemId}) — permanent, no bin entry
        WireAssert.SharePointDelete(ItemRequests.Delete(TestSetup.Site, TestSetup.ListId, 17), List + "/items(17)");
    }

    [Fact]
    public void Recycle_Item_PostsRecycle()
    {
        // wire-subset.md: POST …/items({itemId})/recycle
        WireAssert.SharePointPost(ItemRequests.Recycle(TestSetup.Site, TestSetup.ListId, 17), List + "/items(17)/recycle");
    }
}
