using System.Net;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Lists;

public sealed class ListClientTests
{
    [Fact]
    public async Task FindListAsync_ListMissing_ReturnsNull()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"odata.error":{"code":"-1, System.ArgumentException","message":{"lang":"en-US","value":"List 'Samtaler' does not exist at site with URL 'x'."}}}""",
            HttpStatusCode.NotFound));

        Assert.Null(await Client(stub).FindListAsync(TestSetup.Site, "Samtaler", CancellationToken.None));
    }

    [Fact]
    public async Task FindListAsync_ListExists_ReadsIt()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            $$"""{"Id":"{{TestSetup.ListId}}","Title":"Samtaler","BaseTemplate":100,"ItemCount":12,"HasUniqueRoleAssignments":false}"""));

        var list = await Client(stub).FindListAsync(TestSetup.Site, "Samtaler", CancellationToken.None);

        Assert.Equal(new ListInfo(TestSetup.ListId, "Samtaler", ListTemplate.GenericList, 12, false), list);
    }

    [Fact]
    public async Task CreateListAsync_ResolvesTheGraphSiteThenCreatesTheList()
    {
        var stub = new StubHandler((request, call) => call == 0
            ? Respond.Json("""{"id":"contoso.sharepoint.com,aa,bb","name":"medarbeidersamtaler-h2026","displayName":"M","webUrl":"w"}""")
            : Respond.Json($$"""{"id":"{{TestSetup.ListId}}","name":"Samtaler","displayName":"Samtaler","list":{"template":"genericList"},"webUrl":"https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/Lists/Samtaler","createdDateTime":"2026-10-20T08:00:00Z"}""", HttpStatusCode.Created));

        var created = await Client(stub).CreateListAsync(TestSetup.Site, new ListDefinition("Samtaler", ListTemplate.GenericList, []), CancellationToken.None);

        Assert.Equal(TestSetup.ListId, created.Id);
        Assert.Equal("https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/medarbeidersamtaler-h2026", stub.Requests[0].Uri.AbsoluteUri);
        Assert.Equal("https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,aa,bb/lists", stub.Requests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task CreateListAsync_NameExists_ThrowsWithGraphCode()
    {
        var stub = new StubHandler((_, call) => call == 0
            ? Respond.Json("""{"id":"contoso.sharepoint.com,aa,bb","name":"n","displayName":"M","webUrl":"w"}""")
            : Respond.Json("""{"error":{"code":"nameAlreadyExists","message":"The resource already exists."}}""", HttpStatusCode.Conflict));

        var exception = await Assert.ThrowsAsync<SharePointServiceException>(
            () => Client(stub).CreateListAsync(TestSetup.Site, new ListDefinition("Samtaler", ListTemplate.GenericList, []), CancellationToken.None));

        Assert.Equal((HttpStatusCode.Conflict, "nameAlreadyExists"), (exception.StatusCode, exception.ErrorCode));
    }

    private static ListClient Client(StubHandler stub) => new(TestSetup.Transport(stub), TestSetup.Wrap(TestSetup.Options()));
}
