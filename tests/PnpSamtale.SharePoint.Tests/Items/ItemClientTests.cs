using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class ItemClientTests
{
    private const string Items = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')/items";

    [Fact]
    public async Task AddItemAsync_Accepted_ReturnsTheNewIdFromTheIdEntry()
    {
        var stub = new StubHandler((_, _) => Respond.Json("""
            {"value":[{"ErrorCode":0,"ErrorMessage":null,"FieldName":"Title","FieldValue":"Samtale 1","HasException":false,"ItemId":0},
                      {"ErrorCode":0,"ErrorMessage":null,"FieldName":"Id","FieldValue":"42","HasException":false,"ItemId":0}]}
            """));

        var result = await Client(stub).AddItemAsync(TestSetup.Site, TestSetup.ListId, [FormValue.Text("Title", "Samtale 1")], CancellationToken.None);

        Assert.Equal(new ItemWriteResult(42, []).ItemId, result.ItemId);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task AddItemAsync_ValueDoesNotParse_ReportsTheFieldAndNoId()
    {
        var stub = new StubHandler((_, _) => Respond.Json("""
            {"value":[{"ErrorCode":-1,"ErrorMessage":"Ugyldig tall.","FieldName":"Runde","FieldValue":"tre","HasException":true,"ItemId":0}]}
            """));

        var result = await Client(stub).AddItemAsync(TestSetup.Site, TestSetup.ListId, [FormValue.Text("Runde", "tre")], CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.ItemId);
        Assert.Equal([new FieldError("Runde", -1, "Ugyldig tall.")], result.Errors);
    }

    [Fact]
    public async Task QueryItemsAsync_TwoPages_FollowsNextLinkAndReturnsAllInOrder()
    {
        var next = Items + "?$select=Id,Title&$top=2&$skiptoken=Paged%3dTRUE%26p_ID%3d2";
        var stub = new StubHandler((_, call) => call == 0
            ? Respond.Json($$"""{"value":[{"Id":1,"Title":"a"},{"Id":2,"Title":"b"}],"odata.nextLink":"{{next}}"}""")
            : Respond.Json("""{"value":[{"Id":3,"Title":"c","Bekreftet":true,"HolderId":7}]}"""));

        var items = await Client(stub).QueryItemsAsync(TestSetup.Site, TestSetup.ListId, new ItemQuery(["Title"], null, 2), CancellationToken.None);

        Assert.Equal([1, 2, 3], items.Select(i => i.Id));
        Assert.Equal(next, stub.Requests[1].Uri.AbsoluteUri);
        Assert.Equal((true, 7, "c"), (items[2].GetBoolean("Bekreftet"), items[2].GetInt32("HolderId"), items[2].GetString("Title")));
    }

    [Fact]
    public async Task QueryItemsAsync_NextLinkToAnotherHost_RefusesToFollow()
    {
        var stub = new StubHandler((_, _) => Respond.Json("""{"value":[{"Id":1}],"odata.nextLink":"https://evil.example/_api/web/lists"}"""));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Client(stub).QueryItemsAsync(TestSetup.Site, TestSetup.ListId, new ItemQuery(["Title"]), CancellationToken.None));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task FindItemAsync_ItemMissing_ReturnsNull()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"Item does not exist. It may have been deleted by another user."}}}""",
            HttpStatusCode.NotFound));

        Assert.Null(await Client(stub).FindItemAsync(TestSetup.Site, TestSetup.ListId, 9, [], CancellationToken.None));
    }

    [Fact]
    public async Task RecycleItemAsync_Recycled_ReturnsTheBinId()
    {
        var stub = new StubHandler((_, _) => Respond.Json("""{"value":"a1b2c3d4-0000-4000-8000-0000000000aa"}"""));

        var id = await Client(stub).RecycleItemAsync(TestSetup.Site, TestSetup.ListId, 9, CancellationToken.None);

        Assert.Equal(Guid.Parse("a1b2c3d4-0000-4000-8000-0000000000aa"), id);
    }

    [Fact]
    public async Task AddItemAsync_UnknownField_ThrowsWithCodeAndRequestId()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"Column 'Nope' does not exist. It may have been deleted by another user."}}}""",
            HttpStatusCode.BadRequest));

        var exception = await Assert.ThrowsAsync<SharePointServiceException>(
            () => Client(stub).AddItemAsync(TestSetup.Site, TestSetup.ListId, [FormValue.Text("Nope", "x")], CancellationToken.None));

        Assert.Equal("5b1f0c9e-0000-4000-8000-00000000a001", exception.RequestId);
        Assert.Contains("Column 'Nope' does not exist", exception.Message, StringComparison.Ordinal);
    }

    private static ItemClient Client(StubHandler stub)
    {
        var transport = TestSetup.Transport(stub);
        return new ItemClient(transport, TestSetup.Regional(transport));
    }
}
