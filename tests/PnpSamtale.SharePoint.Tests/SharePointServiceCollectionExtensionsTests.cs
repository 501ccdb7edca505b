using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Drives;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Users;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.SharePoint.Tests;

public sealed class SharePointServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSharePointClient_LocalConfiguration_ClientsSendThroughUserAgentAndResilienceHandlers()
    {
        var stub = StubHandler.Sequence(
            () => Respond.Status(HttpStatusCode.TooManyRequests, "2"),
            () => Respond.Json("""{"Id":1073741823,"LoginName":"i:0i.t|ms.sp.ext|app@sharepoint","Title":"SharePoint App","Email":"","UserPrincipalName":null,"PrincipalType":1,"IsSiteAdmin":false}"""));
        var clock = new ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSharePointClient(Configuration(
            ("SharePoint:TenantUrl", "http://127.0.0.1:5080"), ("SharePoint:GraphBaseUrl", "http://127.0.0.1:5080/v1.0"), ("SharePoint:RequestTimeout", "00:10:00")));
        services.AddHttpClient<WireTransport>().ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        var user = await provider.GetRequiredService<SiteUserClient>().GetCurrentUserAsync(new Uri("http://127.0.0.1:5080/sites/runde"), CancellationToken.None);

        Assert.Equal("SharePoint App", user.Title);
        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal(UserAgentHandler.UserAgent, r.Header("User-Agent")));
        Assert.All(stub.Requests, r => Assert.Null(r.Header("Authorization")));
        Assert.Equal([TimeSpan.FromSeconds(2)], clock.Waits);
    }

    [Fact]
    public async Task AddSharePointClient_LocalConfiguration_ResolvesTheDriveAndViewClients()
    {
        var services = new ServiceCollection();
        services.AddSharePointClient(Configuration(("SharePoint:TenantUrl", "http://127.0.0.1:5080"), ("SharePoint:GraphBaseUrl", "http://127.0.0.1:5080/v1.0")));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        Assert.NotNull(provider.GetRequiredService<DriveClient>());
        Assert.NotNull(provider.GetRequiredService<ViewClient>());
    }

    [Fact]
    public async Task AddSharePointClient_AuthNoneOnRealTenant_FailsStartupValidationNamingTheSetting()
    {
        var services = new ServiceCollection();
        services.AddSharePointClient(Configuration(("SharePoint:TenantUrl", "https://contoso.sharepoint.com"), ("SharePoint:Auth", "None")));
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SharePoint:Auth 'None' is accepted only for loopback URLs", exception.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
