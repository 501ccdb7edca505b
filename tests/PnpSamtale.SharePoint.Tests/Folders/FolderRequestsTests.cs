using System.Net;
using PnpSamtale.SharePoint.Folders;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Folders;

public sealed class FolderRequestsTests
{
    private const string List = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')";

    [Fact]
    public void EnableFolderCreation_MergesTheListsFlag_AndMayBeResent()
    {
        var request = FolderRequests.EnableFolderCreation(TestSetup.Site, TestSetup.ListId);

        WireAssert.SharePointPost(request, List, """{"__metadata":{"type":"SP.List"},"EnableFolderCreation":true}""");
        Assert.Equal("MERGE", request.GetHeader("X-HTTP-Method"));
        Assert.Equal("*", request.GetHeader("IF-MATCH"));
        Assert.True(request.Idempotent);
    }

    [Fact]
    public void Create_InTheRoot_SendsWhatPnPCoresAddListFolderSends()
    {
        // wire-subset.md: AddValidateUpdateItemUsingPath, UnderlyingObjectType 1, Title + FileLeafRef + ContentTypeId 0x0120
        var request = FolderRequests.Create(TestSetup.Site, TestSetup.ListId, "samtale-17");

        WireAssert.SharePointPost(request, List + "/AddValidateUpdateItemUsingPath", """
            {"listItemCreateInfo":{"UnderlyingObjectType":1},
             "formValues":[{"FieldName":"Title","FieldValue":"samtale-17"},{"FieldName":"FileLeafRef","FieldValue":"samtale-17"},{"FieldName":"ContentTypeId","FieldValue":"0x0120"}],
             "bNewDocumentUpdate":false}
            """);
        Assert.False(request.Idempotent);
    }

    [Fact]
    public void Create_InAFolder_NamesTheParentAbsolutely()
    {
        var request = FolderRequests.Create(TestSetup.Site, TestSetup.ListId, "under", "/sites/medarbeidersamtaler-h2026/Lists/Tiltak/samtale-17/");

        Assert.Contains("\"FolderPath\":{\"DecodedUrl\":\"https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/Lists/Tiltak/samtale-17\"}", request.Body!.ReadText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("samtale#1")]
    [InlineData("slutt.")]
    [InlineData(" mellomrom")]
    public void Create_NameSharePointRefuses_ThrowsNamingIt(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => FolderRequests.Create(TestSetup.Site, TestSetup.ListId, name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetFolderItem_ReadsTheListItemBehindTheFolderByPath()
    {
        var request = FolderRequests.GetFolderItem(TestSetup.Site, "/sites/medarbeidersamtaler-h2026/Lists/Tiltak/samtale 17");

        WireAssert.SharePointGet(request, "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/GetFolderByServerRelativePath(decodedurl='/sites/medarbeidersamtaler-h2026/Lists/Tiltak/samtale%2017')/ListItemAllFields?$select=Id,FileLeafRef,FileRef");
    }

    [Fact]
    public void GetRootFolder_SelectsItsUrl() =>
        WireAssert.SharePointGet(FolderRequests.GetRootFolder(TestSetup.Site, TestSetup.ListId), List + "/RootFolder?$select=ServerRelativeUrl");

    [Fact]
    public void AddInFolder_PutsTheFolderInListItemCreateInfo_ValuesInTheSitesFormat()
    {
        var request = ItemRequests.AddInFolder(TestSetup.Site, TestSetup.ListId, "/sites/medarbeidersamtaler-h2026/Lists/Tiltak/samtale-17",
            [FormValue.Text("Title", "Tiltak"), FormValue.Date("Frist", new DateOnly(2027, 3, 1))], TestSetup.Norwegian);

        WireAssert.SharePointPost(request, List + "/AddValidateUpdateItemUsingPath", """
            {"listItemCreateInfo":{"FolderPath":{"DecodedUrl":"https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/Lists/Tiltak/samtale-17"},"UnderlyingObjectType":0},
             "formValues":[{"FieldName":"Title","FieldValue":"Tiltak"},{"FieldName":"Frist","FieldValue":"1.3.2027"}],"bNewDocumentUpdate":false}
            """);
    }

    [Fact]
    public void Created_NewFolder_GivesItsId()
    {
        // The answer PnP Core recorded for AddListFolder.
        var body = """
            {"value":[{"ErrorCode":0,"ErrorMessage":null,"FieldName":"Title","FieldValue":"Test","HasException":false,"ItemId":0},
             {"ErrorCode":0,"ErrorMessage":null,"FieldName":"FileLeafRef","FieldValue":"Test","HasException":false,"ItemId":0},
             {"ErrorCode":0,"ErrorMessage":null,"FieldName":"ContentTypeId","FieldValue":"0x0120","HasException":false,"ItemId":0},
             {"ErrorCode":0,"ErrorMessage":null,"FieldName":"Id","FieldValue":"1","HasException":false,"ItemId":0}]}
            """;

        var created = FolderResponses.Created(WireResponse.FromText(HttpStatusCode.OK, [], body));

        Assert.Equal((1, false, true), (created.ItemId, created.AlreadyExists, created.Created));
        Assert.Empty(created.Errors);
    }

    [Fact]
    public void Created_NameTaken_IsAlreadyExistsNotAnError()
    {
        var body = """
            {"value":[{"ErrorCode":0,"ErrorMessage":null,"FieldName":"Title","FieldValue":"Test","HasException":false,"ItemId":0},
             {"ErrorCode":-2130575257,"ErrorMessage":"A file or folder with the name /sites/x/Lists/Tiltak/Test already exists.","FieldName":"FileLeafRef","FieldValue":"Test","HasException":true,"ItemId":0}]}
            """;

        var created = FolderResponses.Created(WireResponse.FromText(HttpStatusCode.OK, [], body));

        Assert.Equal((0, true, false), (created.ItemId, created.AlreadyExists, created.Created));
        Assert.Empty(created.Errors);
    }

    [Fact]
    public void Folder_ListItemAllFieldsAnswer_GivesIdNameAndUrl()
    {
        var folder = FolderResponses.Folder(WireResponse.FromText(HttpStatusCode.OK, [], """{"Id":7,"FileLeafRef":"samtale-17","FileRef":"/sites/x/Lists/Tiltak/samtale-17","ID":7}"""));

        Assert.Equal(new ListFolder(7, "samtale-17", "/sites/x/Lists/Tiltak/samtale-17"), folder);
    }
}
