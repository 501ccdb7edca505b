using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.SharePoint.Tests.Support;

/// <summary>Options and wiring shared by the tests.</summary>
internal static class TestSetup
{
    public static readonly Uri Tenant = new("https://contoso.sharepoint.com");
    public static readonly Uri Site = new("https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026");
    public static readonly Uri Graph = new("https://graph.microsoft.com/v1.0");
    public static readonly Guid ListId = Guid.Parse("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

    public static SharePointOptions Options(Action<SharePointOptions>? change = null)
    {
        var options = new SharePointOptions
        {
            TenantUrl = Tenant,
            GraphBaseUrl = Graph,
            Auth = SharePointAuthMode.ManagedIdentity,
            MaxRetryAttempts = 3,
            RequestTimeout = TimeSpan.FromMinutes(10),
            MaxRetryDelay = TimeSpan.FromSeconds(60),
        };
        change?.Invoke(options);
        return options;
    }

    public static WireTransport Transport(HttpMessageHandler handler) => new(new HttpClient(handler));

    /// <summary>A Norwegian site in Norway's time zone (1044, zone 4): <c>9.11.2026</c>, <c>14:30</c>, <c>2,5</c>.</summary>
    public static RegionalSettings Norwegian { get; } =
        new(1044, 1, ".", ",", true, ":", "AM", "PM", SiteTimeZone.Find(4, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")!);

    /// <summary>A US English site (1033) in Pacific time: <c>11/9/2026</c>, <c>2:30 PM</c>, <c>2.5</c>.</summary>
    public static RegionalSettings English { get; } =
        new(1033, 0, "/", ".", false, ":", "AM", "PM", SiteTimeZone.Find(13, "(UTC-08:00) Pacific Time (US and Canada)")!);

    /// <summary>A regional settings client that knows <see cref="Site"/> as Norwegian without asking.</summary>
    public static RegionalSettingsClient Regional(WireTransport transport)
    {
        var client = new RegionalSettingsClient(transport, new RegionalSettingsCache());
        client.Remember(Site, Norwegian);
        return client;
    }

    public static SharePointBatchExecutor SharePointBatches(HttpMessageHandler handler, ManualTimeProvider clock, Action<SharePointOptions>? change = null) =>
        new(Transport(handler), Microsoft.Extensions.Options.Options.Create(Options(change)), clock, new PnpSamtale.SharePoint.Handlers.RetryBudget(clock), NullLogger<SharePointBatchExecutor>.Instance);

    public static GraphBatchExecutor GraphBatches(HttpMessageHandler handler, ManualTimeProvider clock, Action<SharePointOptions>? change = null) =>
        new(Transport(handler), Microsoft.Extensions.Options.Options.Create(Options(change)), clock, new PnpSamtale.SharePoint.Handlers.RetryBudget(clock), NullLogger<GraphBatchExecutor>.Instance);

    public static IOptions<SharePointOptions> Wrap(SharePointOptions options) => Microsoft.Extensions.Options.Options.Create(options);
}
