using System.Globalization;
using PnpSamtale.Functions.Tests.HostStandIn;
using PnpSamtale.Jobs.Tests;
using PnpSamtale.Tests.Shared;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// What the Functions app's tests share, made once per run: the published package, Azurite's queue service, the Entra
/// ID stand-in, the StInn example round H2026 on the local tenant (1.2 on 9 November), and one worker started by the
/// host stand-in against all of them with bearer callers. The worker's clock is a file (<c>Samtale__SimulatedClock</c>)
/// that <see cref="At"/> moves together with the local tenant's.
/// </summary>
public sealed class FunctionsAppFixture : IAsyncLifetime
{
    private readonly string clockFile = Path.Combine(Directory.CreateTempSubdirectory("samtale-clock-").FullName, "now.txt");
    private readonly Lazy<Task<FunctionsHostStandIn>> worker;
    private readonly Lazy<Task<FunctionsHostStandIn>> platformWorker;
    private readonly Lazy<Task<FunctionsHostStandIn>> keylessWorker;
    private readonly Uri keylessInstance = new($"http://127.0.0.1:{FreePort()}/");
    private readonly string brokenDefinitions = Directory.CreateTempSubdirectory("samtale-definitions-").FullName;
    private TestIssuer? issuer;
    private JobsFixture? tenant;

    public FunctionsAppFixture()
    {
        Package = new PublishedPackage();
        Azurite = new Azurite();
        worker = new(() => FunctionsHostStandIn.StartAsync(Package.AppRoot, Settings(Tenant.Tenant.BaseUri, Tenant.Tenant.GraphBaseUri, Issuer)));
        platformWorker = new(() => FunctionsHostStandIn.StartAsync(Package.AppRoot, PlatformSettings()));
        keylessWorker = new(() => FunctionsHostStandIn.StartAsync(Package.AppRoot, KeylessSettings()));
    }

    internal PublishedPackage Package { get; }

    internal Azurite Azurite { get; }

    internal TestIssuer Issuer => issuer ?? throw new InvalidOperationException("Not initialised.");

    internal JobsFixture Tenant => tenant ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The worker with bearer callers, started on first use.</summary>
    internal Task<FunctionsHostStandIn> WorkerAsync() => worker.Value;

    /// <summary>
    /// A second worker, started on first use: callers from App Service Authentication (<c>X-MS-CLIENT-PRINCIPAL</c>,
    /// with <c>WEBSITE_AUTH_ENABLED</c> as the platform sets it), SharePoint that does not answer (nothing listens
    /// where it points), and definitions with a routine that does not load (<c>routines/broken.yaml</c>).
    /// </summary>
    internal Task<FunctionsHostStandIn> PlatformWorkerAsync() => platformWorker.Value;

    /// <summary>A third worker, started on first use: bearer callers, but the tenant's keys are where nothing answers.</summary>
    internal Task<FunctionsHostStandIn> KeylessWorkerAsync() => keylessWorker.Value;

    /// <summary>The Entra ID instance of <see cref="KeylessWorkerAsync"/>, where nothing answers.</summary>
    internal Uri KeylessInstance => keylessInstance;

    /// <summary>The queue side of the host for <paramref name="host"/>, on Azurite.</summary>
    internal QueueListener Queues(FunctionsHostStandIn host) => new(host, Azurite.ConnectionString);

    /// <summary>Moves the worker's clock and the local tenant's to <paramref name="moment"/>.</summary>
    internal void At(DateTimeOffset moment)
    {
        Tenant.Clock.Now = moment;
        File.WriteAllText(clockFile, moment.ToString("O", CultureInfo.InvariantCulture));
    }

    /// <summary>The app settings of a worker on a SharePoint at <paramref name="sharePoint"/>: SharePoint, the app, bearer callers of <paramref name="entraId"/>, storage.</summary>
    internal Dictionary<string, string> Settings(Uri sharePoint, Uri graph, TestIssuer? entraId) => new()
    {
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        ["SharePoint__TenantUrl"] = sharePoint.AbsoluteUri,
        ["SharePoint__GraphBaseUrl"] = graph.AbsoluteUri,
        ["SharePoint__Auth"] = "None",
        ["Samtale__SiteOwner"] = JobsFixture.SiteOwner,
        ["Samtale__MailSender"] = JobsFixture.SiteOwner,
        ["Samtale__SimulatedClock"] = clockFile,
        ["AzureAd__Instance"] = entraId?.Instance.AbsoluteUri ?? "https://login.microsoftonline.com/",
        ["AzureAd__TenantId"] = TestIssuer.TenantId,
        ["AzureAd__ClientId"] = TestIssuer.ClientId,
        ["AzureAd__Audience"] = TestIssuer.AppIdUri,
    };

    /// <summary>The settings of <see cref="PlatformWorkerAsync"/>.</summary>
    internal Dictionary<string, string> PlatformSettings()
    {
        var dead = new Uri($"http://127.0.0.1:{FreePort()}/");
        var settings = Settings(dead, new Uri(dead, "v1.0"), entraId: null);
        settings["SharePoint__MaxRetryAttempts"] = "0";
        settings["Samtale__Api__Authentication"] = "Platform";
        settings["WEBSITE_AUTH_ENABLED"] = "True";
        settings["Samtale__Definitions"] = brokenDefinitions;
        return settings;
    }

    /// <summary>The settings of <see cref="KeylessWorkerAsync"/>.</summary>
    internal Dictionary<string, string> KeylessSettings()
    {
        var settings = Settings(Tenant.Tenant.BaseUri, Tenant.Tenant.GraphBaseUri, Issuer);
        settings["AzureAd__Instance"] = keylessInstance.AbsoluteUri;
        return settings;
    }

    /// <summary>A loopback port nothing listens on.</summary>
    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task InitializeAsync()
    {
        issuer = await TestIssuer.StartAsync();
        tenant = await JobsFixture.StartAsync(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates/rosters/stinn-eksempel.yaml")), new DateOnly(2026, 10, 20));
        At(Tenant.Clock.Now);
        foreach (var folder in new[] { "site", "routines", "forms", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(brokenDefinitions, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "templates", folder), "*.yaml"))
            {
                File.Copy(file, Path.Combine(brokenDefinitions, folder, Path.GetFileName(file)));
            }
        }

        await File.WriteAllTextAsync(Path.Combine(brokenDefinitions, "routines", "broken.yaml"), "id: broken\nphases: not a list of phases\n");
    }

    public async Task DisposeAsync()
    {
        foreach (var started in new[] { worker, platformWorker, keylessWorker }.Where(w => w.IsValueCreated && w.Value.IsCompletedSuccessfully))
        {
            await (await started.Value).DisposeAsync();
        }

        if (tenant is not null)
        {
            await tenant.DisposeAsync();
        }

        if (issuer is not null)
        {
            await issuer.DisposeAsync();
        }

        Azurite.Dispose();
        Package.Dispose();
        Directory.Delete(Path.GetDirectoryName(clockFile)!, recursive: true);
        Directory.Delete(brokenDefinitions, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class FunctionsAppGroup : ICollectionFixture<FunctionsAppFixture>
{
    public const string Name = "Functions app";
}
