using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.LocalTenant;
using PnpSamtale.SharePoint.Sites;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

/// <summary>The production client wired by <c>AddSharePointClient</c> against an in-process local tenant.</summary>
internal sealed class LocalTenantFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LocalTenantFixture(LocalTenantServer tenant, ServiceProvider services)
    {
        Tenant = tenant;
        _services = services;
    }

    public LocalTenantServer Tenant { get; }

    public static async Task<LocalTenantFixture> StartAsync(FaultOptions? faults = null, int maxRetryAttempts = 6, Action<LocalTenantOptions>? configure = null)
    {
        var options = new LocalTenantOptions { Faults = faults ?? new FaultOptions() };
        configure?.Invoke(options);
        var tenant = await LocalTenantServer.StartAsync(options, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePoint:TenantUrl"] = tenant.BaseUri.ToString(),
            ["SharePoint:GraphBaseUrl"] = tenant.GraphBaseUri.ToString(),
            ["SharePoint:Auth"] = "None",
            ["SharePoint:MaxRetryAttempts"] = maxRetryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddSharePointClient(configuration).BuildServiceProvider(validateScopes: true);
        return new LocalTenantFixture(tenant, services);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Creates a ready site named <paramref name="name"/> (Norwegian, in Norway's time zone unless told) and returns its URL.</summary>
    public async Task<Uri> CreateSiteAsync(string name, int lcid = 1044, int timeZoneId = 4)
    {
        var url = Tenant.SiteUrl(name);
        await Get<SiteClient>().CreateSiteAsync(new SiteCreation($"Test {name}", url, "owner@stinn.example") { Lcid = lcid, TimeZoneId = timeZoneId }, CancellationToken.None);
        return url;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Tenant.DisposeAsync();
    }
}
