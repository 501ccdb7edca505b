using System.Net;
using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Users;

public sealed class DirectoryUserClientTests
{
    [Fact]
    public async Task FindUserAsync_Unknown_ReturnsNull()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"error":{"code":"Request_ResourceNotFound","message":"Resource 'nobody@contoso.com' does not exist."}}""", HttpStatusCode.NotFound));
        var client = new DirectoryUserClient(TestSetup.Transport(stub), TestSetup.Wrap(TestSetup.Options()));

        Assert.Null(await client.FindUserAsync("nobody@contoso.com", CancellationToken.None));
    }

    [Fact]
    public async Task FindUserAsync_Known_ReadsTheUser()
    {
        var stub = new StubHandler((_, _) => Respond.Json(
            """{"id":"11111111-2222-3333-4444-555555555555","userPrincipalName":"kari@contoso.com","displayName":"Kari Nordmann","mail":"kari@contoso.com","preferredLanguage":"nb-NO"}"""));
        var client = new DirectoryUserClient(TestSetup.Transport(stub), TestSetup.Wrap(TestSetup.Options()));

        var user = await client.FindUserAsync("kari@contoso.com", CancellationToken.None);

        Assert.Equal(new DirectoryUser("11111111-2222-3333-4444-555555555555", "kari@contoso.com", "Kari Nordmann", "kari@contoso.com", "nb-NO"), user);
    }
}
