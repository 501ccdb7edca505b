using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Http;

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

    public static SharePointBatchExecutor SharePointBatches(HttpMessageHandler handler, ManualTimeProvider clock, Action<SharePointOptions>? change = null) =>
        new(Transport(handler), Microsoft.Extensions.Options.Options.Create(Options(change)), clock, NullLogger<SharePointBatchExecutor>.Instance);

    public static GraphBatchExecutor GraphBatches(HttpMessageHandler handler, ManualTimeProvider clock, Action<SharePointOptions>? change = null) =>
        new(Transport(handler), Microsoft.Extensions.Options.Options.Create(Options(change)), clock, NullLogger<GraphBatchExecutor>.Instance);

    public static IOptions<SharePointOptions> Wrap(SharePointOptions options) => Microsoft.Extensions.Options.Options.Create(options);
}
