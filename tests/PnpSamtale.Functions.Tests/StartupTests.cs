using PnpSamtale.Functions.Tests.HostStandIn;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// A worker with wrong settings stops before it connects to the host, with one line per problem naming the app setting
/// (the host logs the worker's exit with its output).
/// </summary>
[Collection(FunctionsAppGroup.Name)]
public sealed class StartupTests(FunctionsAppFixture app)
{
    [Fact]
    public async Task StartUp_PlatformAuthenticationWithoutAppServiceAuthentication_IsRefused()
    {
        var settings = app.PlatformSettings();
        settings.Remove("WEBSITE_AUTH_ENABLED");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FunctionsHostStandIn.StartAsync(app.Package.AppRoot, settings));
        Assert.Contains("exited with 1 before it connected", error.Message, StringComparison.Ordinal);
        Assert.Contains("Samtale__Api__Authentication 'Platform' needs App Service Authentication on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_WithoutSettings_StopsAndNamesEveryMissingAppSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FunctionsHostStandIn.StartAsync(app.Package.AppRoot, new Dictionary<string, string>()));
        Assert.Contains("exited with 1 before it connected", error.Message, StringComparison.Ordinal);
        foreach (var setting in new[] { "SharePoint__TenantUrl", "Samtale__SiteOwner", "Samtale__MailSender", "AzureAd__TenantId", "AzureAd__ClientId" })
        {
            Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StartUp_SimulatedClockAgainstARealTenant_IsRefused()
    {
        var settings = app.Settings(new Uri("https://contoso.sharepoint.com/"), new Uri("https://graph.microsoft.com/v1.0"), app.Issuer);
        settings["SharePoint__Auth"] = "ManagedIdentity";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FunctionsHostStandIn.StartAsync(app.Package.AppRoot, settings));
        Assert.Contains("Samtale__SimulatedClock replays days against the local tenant only", error.Message, StringComparison.Ordinal);
    }
}
