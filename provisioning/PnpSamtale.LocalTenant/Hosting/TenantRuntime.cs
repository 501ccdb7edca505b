using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Hosting;

/// <summary>What every handler needs: the database, the options, the clock, the logger and the server's address.</summary>
internal sealed class TenantRuntime(TenantDatabase database, LocalTenantOptions options, ILogger<LocalTenantServer> logger)
{
    private Uri? baseUri;

    /// <summary>The database.</summary>
    public TenantDatabase Database { get; } = database;

    /// <summary>The options the server started with.</summary>
    public LocalTenantOptions Options { get; } = options;

    /// <summary>The clock.</summary>
    public TimeProvider Clock => Options.TimeProvider;

    /// <summary>The logger.</summary>
    public ILogger Logger { get; } = logger;

    /// <summary>The server's base address, <c>http://127.0.0.1:{port}/</c>; known once Kestrel listens.</summary>
    public Uri BaseUri
    {
        get => baseUri ?? throw new InvalidOperationException("The local tenant has not started listening yet.");
        set => baseUri = value;
    }

    /// <summary>The absolute URL of a site collection.</summary>
    public Uri SiteUrl(string siteName) => new(BaseUri, "sites/" + siteName);
}

/// <summary>Finds the <see cref="TenantRuntime"/> of a request.</summary>
internal static class TenantRuntimeExtensions
{
    /// <summary>The runtime serving <paramref name="http"/>.</summary>
    public static TenantRuntime Tenant(this HttpContext http) => http.RequestServices.GetRequiredService<TenantRuntime>();
}
