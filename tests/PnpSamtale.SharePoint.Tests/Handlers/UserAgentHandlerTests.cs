using System.Net;
using System.Reflection;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Handlers;

public sealed class UserAgentHandlerTests
{
    [Fact]
    public async Task SendAsync_AnyRequest_DecoratesWithNonIsvCompanyAppAndInformationalVersion()
    {
        var stub = StubHandler.Sequence(() => Respond.Status(HttpStatusCode.OK));
        using var invoker = new HttpMessageInvoker(new UserAgentHandler { InnerHandler = stub });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://contoso.sharepoint.com/_api/web");
        request.Headers.TryAddWithoutValidation("User-Agent", "something-else/1.0");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        var version = typeof(UserAgentHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal("NONISV|StInn|PnpSamtale/" + version, stub.Requests[0].Header("User-Agent"));
    }
}
