using PnpSamtale.LocalTenant.Graph;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Faults;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant;

/// <summary>
/// A running local tenant: an in-process Kestrel server on 127.0.0.1 that answers the SharePoint REST and Graph
/// subset of docs/wire-subset.md from a SQLite store. Start it with <see cref="StartAsync"/>, point clients at
/// <see cref="BaseUri"/> (SharePoint, <c>/sites/{name}</c>) and <see cref="GraphBaseUri"/> (Graph), and dispose it
/// to stop.
/// </summary>
public sealed class LocalTenantServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TenantDatabase database;
    private readonly TenantRuntime runtime;
    private readonly RequestCounter counter;
    private readonly EndpointFaults faults;
    private int disposed;

    private LocalTenantServer(WebApplication app, TenantDatabase database)
    {
        this.app = app;
        this.database = database;
        runtime = app.Services.GetRequiredService<TenantRuntime>();
        counter = app.Services.GetRequiredService<RequestCounter>();
        faults = app.Services.GetRequiredService<EndpointFaults>();
    }

    /// <summary>The SharePoint host, <c>http://127.0.0.1:{port}/</c>; sites live under <c>sites/{name}</c>.</summary>
    public Uri BaseUri => runtime.BaseUri;

    /// <summary>The Graph base, <c>http://127.0.0.1:{port}/v1.0/</c>.</summary>
    public Uri GraphBaseUri => new(BaseUri, "v1.0/");

    /// <summary>The port the server listens on.</summary>
    public int Port => BaseUri.Port;

    /// <summary>
    /// Validates <paramref name="options"/>, opens (or creates) the store and starts listening on 127.0.0.1.
    /// Throws <see cref="OptionsValidationException"/> naming every bad option.
    /// </summary>
    public static async Task<LocalTenantServer> StartAsync(LocalTenantOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new LocalTenantOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(LocalTenantOptions.SectionName, typeof(LocalTenantOptions), validation.Failures);
        }

        var database = new TenantDatabase(options.DataDirectory, options.TimeProvider);
        try
        {
            var app = TenantApplication.Build(options, database);
            var server = new LocalTenantServer(app, database);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel reported no address.");
            server.runtime.BaseUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{new Uri(address).Port}/"));
            Log.Started(server.runtime.Logger, server.Port, database.IsInMemory ? "in-memory" : "file");
            return server;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>The absolute URL of the site collection <c>/sites/{name}</c>.</summary>
    public Uri SiteUrl(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return runtime.SiteUrl(name);
    }

    /// <summary>Requests counted since the last reset (also at <c>GET /_local/requests</c>).</summary>
    public RequestCountSnapshot GetRequestCounts() => counter.Snapshot();

    /// <summary>Starts counting requests from zero.</summary>
    public void ResetRequestCounts() => counter.Reset();

    /// <summary>
    /// Sets a fault on an endpoint from now on (as <c>POST /_local/faults</c> does) and returns its state, with the id
    /// <see cref="RemoveFault"/> takes. Throws <see cref="ArgumentException"/> naming what is wrong with it.
    /// </summary>
    public EndpointFaultState AddFault(EndpointFault fault) => faults.Add(fault);

    /// <summary>Removes the endpoint fault with <paramref name="id"/>; false when there is none.</summary>
    public bool RemoveFault(int id) => faults.Remove(id);

    /// <summary>Removes every endpoint fault (as <c>DELETE /_local/faults</c> does).</summary>
    public void ClearFaults() => faults.Clear();

    /// <summary>The endpoint faults in force and how many requests each matched and hit (as <c>GET /_local/faults</c> shows).</summary>
    public IReadOnlyList<EndpointFaultState> GetFaults() => faults.Snapshot();

    /// <summary>Every mail "sent" through Graph <c>sendMail</c>, oldest first (as <c>GET /_local/outbox</c> shows).</summary>
    public IReadOnlyList<SentMail> GetOutbox() => database.Run(OutboxStore.All);

    /// <summary>Adds people to the directory, or updates them (as <c>POST /_local/users</c> does).</summary>
    public void SeedDirectory(IEnumerable<DirectoryUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var list = users.ToList();
        foreach (var user in list.Where(u => !LoginNames.IsUpn(u.Upn?.Trim() ?? string.Empty)))
        {
            throw new ArgumentException($"'{user.Upn}' is not a user principal name like name@example.org.", nameof(users));
        }

        database.Run(session => list.ForEach(user => DirectoryStore.Upsert(session, user)));
    }

    /// <summary>Stops the server and closes the store (an in-memory store is gone).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        var port = Port;
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        Log.Stopped(runtime.Logger, port);
        database.Dispose();
    }
}
