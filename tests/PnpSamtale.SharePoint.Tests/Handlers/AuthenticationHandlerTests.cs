using System.Net;
using Azure.Core;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Handlers;

public sealed class AuthenticationHandlerTests
{
    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/x/_api/web", "https://contoso.sharepoint.com/.default")]
    [InlineData("https://contoso.sharepoint.com/_api/SPSiteManager/create", "https://contoso.sharepoint.com/.default")]
    [InlineData("https://graph.microsoft.com/v1.0/users/kari@contoso.com", "https://graph.microsoft.com/.default")]
    [InlineData("https://graph.microsoft.com/v1.0/$batch", "https://graph.microsoft.com/.default")]
    public async Task SendAsync_Request_AsksForTheScopeOfItsServiceAndSendsBearer(string url, string scope)
    {
        var credential = new RecordingCredential();
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.OK));
        using var invoker = new HttpMessageInvoker(new AuthenticationHandler(new AccessTokenSource(credential, TestSetup.Graph)) { InnerHandler = stub });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), CancellationToken.None);

        Assert.Equal([scope], credential.Scopes);
        Assert.Equal("Bearer token-for " + scope, stub.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_NoCredential_SendsNoAuthorizationHeader()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.OK));
        using var invoker = new HttpMessageInvoker(new AuthenticationHandler(new AccessTokenSource(null, new Uri("http://127.0.0.1:5080/v1.0"))) { InnerHandler = stub });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:5080/sites/x/_api/web"), CancellationToken.None);

        Assert.Null(stub.Requests[0].Header("Authorization"));
    }

    [Fact]
    public void ScopeFor_NationalCloudGraph_UsesTheConfiguredGraphHost()
    {
        var tokens = new AccessTokenSource(null, new Uri("https://graph.microsoft.us/v1.0"));

        Assert.Equal("https://graph.microsoft.us/.default", tokens.ScopeFor(new Uri("https://graph.microsoft.us/v1.0/users/a@b.c")));
        Assert.Equal("https://contoso.sharepoint.us/.default", tokens.ScopeFor(new Uri("https://contoso.sharepoint.us/sites/x/_api/web")));
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The handler must ask asynchronously.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken("token-for " + requestContext.Scopes[0], ManualTimeProvider.Start.AddHours(1)));
        }
    }
}
