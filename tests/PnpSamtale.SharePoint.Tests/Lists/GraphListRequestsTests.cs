using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Lists;

public sealed class GraphListRequestsTests
{
    private const string GraphSiteId = "contoso.sharepoint.com,2b6f0a1c-0000-4000-8000-000000000010,3c7a1b2d-0000-4000-8000-000000000020";

    [Fact]
    public void Create_ListWithEveryColumnKind_PostsOneRequestWithAllColumns()
    {
        // wire-subset.md: POST /v1.0/sites/{site-id}/lists body {"displayName","list":{"template":"genericList"|"documentLibrary"},"columns":[columnDefinition…]}
        // columnDefinition: {"name","displayName","indexed","required","enforceUniqueValues","text":{…}|"number":{…}|"boolean":{}|"dateTime":{…}|"choice":{"choices":[…]}|"personOrGroup":{…}}
        var list = new ListDefinition("Samtaler", ListTemplate.GenericList,
        [
            new ColumnDefinition("Holder", ColumnKind.User) { DisplayName = "Samtaleansvarlig", Indexed = true },
            new ColumnDefinition("Status", ColumnKind.Choice) { Choices = ["Planlagt", "Gjennomført"], Indexed = true },
            new ColumnDefinition("Frist", ColumnKind.Date),
            new ColumnDefinition("Tidspunkt", ColumnKind.DateTime),
            new ColumnDefinition("Notat", ColumnKind.Note),
            new ColumnDefinition("Runde", ColumnKind.Number),
            new ColumnDefinition("Bekreftet", ColumnKind.Boolean),
            new ColumnDefinition("Kode", ColumnKind.Text) { Required = true, EnforceUniqueValues = true, Indexed = true },
        ]);

        var request = GraphListRequests.Create(TestSetup.Graph, GraphSiteId, list);

        WireAssert.Graph(request, HttpMethod.Post, $"https://graph.microsoft.com/v1.0/sites/{GraphSiteId}/lists", """
            {"displayName":"Samtaler","list":{"template":"genericList"},"columns":[
              {"name":"Holder","displayName":"Samtaleansvarlig","indexed":true,"required":false,"enforceUniqueValues":false,
               "personOrGroup":{"chooseFromType":"peopleOnly","allowMultipleSelection":false}},
              {"name":"Status","indexed":true,"required":false,"enforceUniqueValues":false,"choice":{"choices":["Planlagt","Gjennomført"]}},
              {"name":"Frist","indexed":false,"required":false,"enforceUniqueValues":false,"dateTime":{"format":"dateOnly"}},
              {"name":"Tidspunkt","indexed":false,"required":false,"enforceUniqueValues":false,"dateTime":{"format":"dateTime"}},
              {"name":"Notat","indexed":false,"required":false,"enforceUniqueValues":false,"text":{"allowMultipleLines":true,"textType":"plain"}},
              {"name":"Runde","indexed":false,"required":false,"enforceUniqueValues":false,"number":{}},
              {"name":"Bekreftet","indexed":false,"required":false,"enforceUniqueValues":false,"boolean":{}},
              {"name":"Kode","indexed":true,"required":true,"enforceUniqueValues":true,"text":{}}]}
            """);
    }

    [Fact]
    public void Create_Library_UsesDocumentLibraryTemplate()
    {
        var request = GraphListRequests.Create(TestSetup.Graph, GraphSiteId, new ListDefinition("Samtaleskjema", ListTemplate.DocumentLibrary, []));

        WireAssert.JsonEqual("""{"displayName":"Samtaleskjema","list":{"template":"documentLibrary"},"columns":[]}""", request.Body!.ReadText());
    }

    [Theory]
    [InlineData("Møtedato")]
    [InlineData("Frist dato")]
    [InlineData("1Frist")]
    public void Create_NonAsciiColumnName_ThrowsNamingTheColumn(string name)
    {
        var list = new ListDefinition("Samtaler", ListTemplate.GenericList, [new ColumnDefinition(name, ColumnKind.Text)]);

        var exception = Assert.Throws<ArgumentException>(() => GraphListRequests.Create(TestSetup.Graph, GraphSiteId, list));

        Assert.Contains($"'{name}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddColumn_OneColumn_PostsItsColumnDefinitionToTheListsColumns()
    {
        // wire-subset.md: POST /v1.0/sites/{site-id}/lists/{list-id}/columns body columnDefinition (Graph list-post-columns)
        var request = GraphListRequests.AddColumn(TestSetup.Graph, GraphSiteId, TestSetup.ListId, new ColumnDefinition("Oppfolging", ColumnKind.Choice) { DisplayName = "Oppfølging", Choices = ["Åpen", "Lukket"] });

        WireAssert.Graph(request, HttpMethod.Post, $"https://graph.microsoft.com/v1.0/sites/{GraphSiteId}/lists/{TestSetup.ListId}/columns", """
            {"name":"Oppfolging","displayName":"Oppfølging","indexed":false,"required":false,"enforceUniqueValues":false,"choice":{"choices":["Åpen","Lukket"]}}
            """);
        Assert.False(request.Idempotent);
    }
}
