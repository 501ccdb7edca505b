using Microsoft.Extensions.Options;

namespace PnpSamtale.LocalTenant.Tests;

public sealed class LocalTenantServerTests
{
    [Fact]
    public async Task StartAsync_BadOptions_FailsNamingEachOption()
    {
        var options = new LocalTenantOptions { Port = 70000, Faults = new FaultOptions { ThrottleRate = 2, ThrottleStatusCode = 500 } };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalTenantServer.StartAsync(options, CancellationToken.None));

        Assert.Contains(error.Failures, f => f.StartsWith("Port", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Faults.ThrottleRate", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Faults.ThrottleStatusCode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_DefaultOptions_ListensOnLoopbackOnly()
    {
        await using var server = await LocalTenantServer.StartAsync(new LocalTenantOptions(), CancellationToken.None);

        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.True(server.Port > 0);
        Assert.Equal(new Uri(server.BaseUri, "v1.0/"), server.GraphBaseUri);
    }

    [Fact]
    public async Task DisposeAsync_Twice_IsHarmless()
    {
        var server = await LocalTenantServer.StartAsync(new LocalTenantOptions(), CancellationToken.None);

        await server.DisposeAsync();
        await server.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(server.BaseUri));
    }
}
