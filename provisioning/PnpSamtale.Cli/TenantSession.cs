using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PnpSamtale.Core.Rosters;
using PnpSamtale.LocalTenant;
using PnpSamtale.Jobs;
using PnpSamtale.Provisioning;
using PnpSamtale.SharePoint;

namespace PnpSamtale.Cli;

/// <summary>
/// Where a command's SharePoint is: a real tenant (<c>--tenant</c>, credentials from <c>SharePoint__*</c> environment
/// variables) or, by default, the local tenant kept in the data directory, started in this process for the command.
/// </summary>
internal sealed class TenantSession : IAsyncDisposable
{
    /// <summary>The site collection owner used on the local tenant.</summary>
    public const string LocalSiteOwner = "samtale-eier@local.tenant";

    private readonly ServiceProvider services;
    private readonly LocalTenantServer? local;

    private TenantSession(ServiceProvider services, LocalTenantServer? local, Uri tenant, string? siteOwner, string description)
    {
        this.services = services;
        this.local = local;
        Tenant = tenant;
        SiteOwner = siteOwner;
        Description = description;
    }

    public Uri Tenant { get; }

    /// <summary>Who owns new site collections; <c>null</c> when not configured (real tenants must say).</summary>
    public string? SiteOwner { get; }

    /// <summary>A line saying where the command works.</summary>
    public string Description { get; }

    /// <summary>Whether this is the local tenant (mail goes to its outbox).</summary>
    public bool IsLocal => local is not null;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>The options every command that talks to SharePoint has.</summary>
    public sealed record Options(string? Tenant, string DataDirectory, int LocalPort, string? SiteOwner);

    public static async Task<TenantSession> OpenAsync(Options options, Roster? roster, CliContext context)
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var tenant = options.Tenant ?? environment["SharePoint:TenantUrl"];
        if (tenant is not null)
        {
            if (!Uri.TryCreate(tenant, UriKind.Absolute, out var tenantUrl) || tenantUrl.Scheme != Uri.UriSchemeHttps && !tenantUrl.IsLoopback)
            {
                throw new UsageException($"--tenant: '{tenant}' is not a tenant URL; expected e.g. https://contoso.sharepoint.com.");
            }

            var settings = new Dictionary<string, string?> { ["SharePoint:TenantUrl"] = tenantUrl.AbsoluteUri };
            if (tenantUrl.IsLoopback && environment["SharePoint:GraphBaseUrl"] is null)
            {
                // A loopback tenant is a local tenant (e.g. 'samtale local serve'): Graph is served beside it.
                settings["SharePoint:GraphBaseUrl"] = new Uri(tenantUrl, "/v1.0").AbsoluteUri;
            }

            var configuration = new ConfigurationBuilder()
                .AddConfiguration(environment)
                .AddInMemoryCollection(settings)
                .Build();
            var provider = Build(configuration, context);
            return new TenantSession(provider, null, tenantUrl, options.SiteOwner ?? environment["Samtale:SiteOwner"], $"Leietaker: {tenantUrl.GetLeftPart(UriPartial.Authority)}");
        }

        if (options.LocalPort is < 0 or > 65535)
        {
            throw new UsageException($"--local-port: {options.LocalPort} is not a port; expected 0–65535.");
        }

        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        LocalTenantServer server;
        try
        {
            server = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = directory, Port = options.LocalPort, TimeProvider = context.Clock }, context.Stop).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new UsageException($"--local-port: cannot listen on 127.0.0.1:{options.LocalPort} ({e.Message}). Is 'samtale local serve' running? Stop it, or pass --local-port 0.", e);
        }

        if (roster is not null)
        {
            server.SeedDirectory([.. roster.People.Select(p => new DirectoryUser(p.Upn, p.Name, p.Language == Language.English ? "en-US" : "nb-NO"))]);
        }

        var local = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePoint:TenantUrl"] = server.BaseUri.AbsoluteUri,
            ["SharePoint:GraphBaseUrl"] = server.GraphBaseUri.AbsoluteUri,
            ["SharePoint:Auth"] = "None",
        }).Build();
        return new TenantSession(Build(local, context), server, server.BaseUri, options.SiteOwner ?? LocalSiteOwner,
            $"Lokal leietaker: {Path.Combine(directory, LocalTenantOptions.DatabaseFileName)} (vis med 'samtale local serve --data {options.DataDirectory}')");
    }

    private static ServiceProvider Build(IConfiguration configuration, CliContext context)
    {
        var services = new ServiceCollection();
        services.AddSingleton(context.Clock);
        services.AddSharePointClient(configuration).AddRoundProvisioning().AddJobs();
        var provider = services.BuildServiceProvider(validateScopes: true);
        try
        {
            _ = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SharePoint.Configuration.SharePointOptions>>().Value;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            provider.Dispose();
            throw new UsageException("SharePoint configuration: " + string.Join(" ", e.Failures), e);
        }

        try
        {
            // The credential now, not at the first request: a certificate that cannot be loaded stops the command
            // before it prints or plans anything.
            _ = provider.GetRequiredService<SharePoint.Handlers.AccessTokenSource>();
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return provider;
    }

    /// <summary>
    /// The <c>SharePoint__*</c> settings from the environment, for naming them in a message; <c>null</c> when they do
    /// not bind (that is reported as a usage error where the session is opened).
    /// </summary>
    public static SharePoint.Configuration.SharePointOptions? EnvironmentSettings()
    {
        try
        {
            return new ConfigurationBuilder().AddEnvironmentVariables().Build()
                .GetSection(SharePoint.Configuration.SharePointOptions.SectionName).Get<SharePoint.Configuration.SharePointOptions>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync().ConfigureAwait(false);
        if (local is not null)
        {
            await local.DisposeAsync().ConfigureAwait(false);
        }
    }
}
