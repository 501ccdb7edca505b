using System.Net;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Faults;
using PnpSamtale.LocalTenant.Files;
using PnpSamtale.LocalTenant.Folders;
using PnpSamtale.LocalTenant.Graph;
using PnpSamtale.LocalTenant.Groups;
using PnpSamtale.LocalTenant.Html;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Mail;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.RecycleBin;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;
using PnpSamtale.LocalTenant.Views;

namespace PnpSamtale.LocalTenant.Hosting;

/// <summary>
/// The one place the server is put together: Kestrel on 127.0.0.1, the services, the middleware in order (request
/// ids, error mapping, path normalisation, routing, counting, faults) and every feature's endpoints.
/// </summary>
internal static class TenantApplication
{
    /// <summary>Builds the application (not yet started).</summary>
    public static WebApplication Build(LocalTenantOptions options, TenantDatabase database)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalTenantServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 256L * 1024 * 1024;
        });
        builder.Services.AddRouting();
        builder.Services.AddLogging(logging => options.ConfigureLogging?.Invoke(logging));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<TenantRuntime>();
        builder.Services.AddSingleton<RequestCounter>();
        builder.Services.AddSingleton<InnerRequests>();
        builder.Services.AddSingleton(new FaultInjector(options.Faults, options.TimeProvider));
        builder.Services.AddSingleton(new EndpointFaults(options.Faults));
        builder.Services.AddSingleton(new RequestArrivals(options.Faults.BeforeRequest));

        var app = builder.Build();
        app.Use(app.Services.GetRequiredService<InnerRequests>().Capture);
        app.Use(RequestIdMiddleware.InvokeAsync);
        app.Use(ResponseFaultMiddleware.InvokeAsync);
        app.Use(ErrorHandlingMiddleware.InvokeAsync);
        app.Use(PathNormalizationMiddleware.InvokeAsync);
        app.UseRouting();
        app.Use(RequestCountingMiddleware.InvokeAsync);
        app.Use(FaultInjectionMiddleware.InvokeAsync);

        app.MapSiteManager();
        app.MapWeb();
        app.MapRegionalSettings();
        app.MapUsers();
        app.MapGroups();
        app.MapRoles();
        app.MapLists();
        app.MapFields();
        app.MapViews();
        app.MapItems();
        app.MapItemMerge();
        app.MapFiles();
        app.MapFolders();
        app.MapPermissions();
        app.MapRecycleBin();
        app.MapSharePointBatch();
        app.MapGraphSites();
        app.MapGraphColumns();
        app.MapGraphDrives();
        app.MapGraphUsers();
        app.MapMailbox();
        app.MapGraphBatch();
        app.MapDiagnostics();
        app.MapFaults();
        app.MapHtmlView();
        app.MapFallback("{*path}", Unsupported.AnswerAsync);
        return app;
    }
}
