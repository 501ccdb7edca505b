using System.Net;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class ItemResponsesTests
{
    private const string Assignments = """
        [{"PrincipalId":3,"Member":{"Id":3,"Title":"Runde Owners","LoginName":"Runde Owners","PrincipalType":8},
          "RoleDefinitionBindings":[{"BasePermissions":{"High":"2147483647","Low":"4294967295"},"Description":"Has full control.","Hidden":false,"Id":1073741829,"Name":"Full Control","Order":1,"RoleTypeKind":5}]},
         {"PrincipalId":7,"Member":{"Id":7,"Title":"Kari Nordmann","LoginName":"i:0#.f|membership|kari@contoso.com","PrincipalType":1,"Email":"kari@contoso.com"},
          "RoleDefinitionBindings":[{"BasePermissions":{"High":"176","Low":"138612833"},"Description":"Can view.","Hidden":false,"Id":1073741826,"Name":"Les","Order":128,"RoleTypeKind":2}]}]
        """;

    [Fact]
    public void Page_ItemsWithExpandedRoleAssignments_ReadsThemAndTheNextLink()
    {
        var body = $$"""
            {"value":[
              {"Id":1,"FileLeafRef":"a.docx","HasUniqueRoleAssignments":true,"RoleAssignments":{{Assignments}},"ID":1},
              {"Id":2,"FileLeafRef":"b.docx","HasUniqueRoleAssignments":false,"RoleAssignments":[],"ID":2}],
             "odata.nextLink":"https://contoso.sharepoint.com/sites/x/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/items?$skiptoken=Paged%3dTRUE%26p_ID%3d2"}
            """;

        var page = ItemResponses.Page(WireResponse.FromText(HttpStatusCode.OK, [], body));

        Assert.Equal([1, 2], page.Items.Select(i => i.Id));
        Assert.Equal("a.docx", page.Items[0].GetString("FileLeafRef"));
        var assignments = page.Items[0].RoleAssignments!;
        Assert.Equal([3, 7], assignments.Select(a => a.PrincipalId));
        Assert.Equal("i:0#.f|membership|kari@contoso.com", assignments[1].Member.LoginName);
        Assert.Equal(RoleTypeKind.Reader, Assert.Single(assignments[1].RoleDefinitionBindings).RoleTypeKind);
        Assert.Equal(138612833u, assignments[1].RoleDefinitionBindings[0].BasePermissions.Low);
        Assert.Empty(page.Items[1].RoleAssignments!);
        Assert.EndsWith("p_ID%3d2", page.NextLink!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_NotExpandedOrIdsOnly_HasNoRoleAssignmentsButKeepsTheRawValue()
    {
        using var plain = JsonDocument.Parse("""{"Id":4,"Title":"x"}""");
        using var idsOnly = JsonDocument.Parse("""{"Id":5,"RoleAssignments":[{"PrincipalId":3},{"PrincipalId":7}]}""");

        var notExpanded = ListItem.FromJson(plain.RootElement);
        var withIds = ListItem.FromJson(idsOnly.RootElement);

        Assert.Null(notExpanded.RoleAssignments);
        Assert.Null(withIds.RoleAssignments);
        Assert.Equal([3, 7], withIds.Values["RoleAssignments"].EnumerateArray().Select(a => a.GetProperty("PrincipalId").GetInt32()));
    }

    [Fact]
    public void Item_NoId_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => ItemResponses.Item(WireResponse.FromText(HttpStatusCode.OK, [], """{"Title":"x"}""")));
    }

    [Fact]
    public void WriteResult_AddAnswer_ReadsTheNewIdAndNoErrors()
    {
        var body = """{"value":[{"ErrorCode":0,"ErrorMessage":null,"FieldName":"Title","FieldValue":"x","HasException":false,"ItemId":0},{"ErrorCode":0,"ErrorMessage":null,"FieldName":"Id","FieldValue":"42","HasException":false,"ItemId":0}]}""";

        var result = ItemResponses.WriteResult(WireResponse.FromText(HttpStatusCode.OK, [], body));

        Assert.Equal(new ItemWriteResult(42, []).ItemId, result.ItemId);
        Assert.True(result.Succeeded);
    }
}
