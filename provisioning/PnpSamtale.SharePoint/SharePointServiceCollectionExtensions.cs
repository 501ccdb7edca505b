using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Drives;
using PnpSamtale.SharePoint.Files;
using PnpSamtale.SharePoint.Folders;
using PnpSamtale.SharePoint.Groups;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RecycleBin;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.RoleDefinitions;
using PnpSamtale.SharePoint.Sites;
using PnpSamtale.SharePoint.Users;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.SharePoint;

/// <summary>Registers the wire client.</summary>
public static class SharePointServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SharePointOptions"/> from the <c>SharePoint</c> section and validates them at start-up; registers
    /// the typed <see cref="HttpClient"/> behind <see cref="WireTransport"/> with its handlers in order
    /// User-Agent → authentication → resilience (so a retry reuses the token and decoration), the batch executors and
    /// every client. <see cref="TimeProvider.System"/> is used unless a <see cref="TimeProvider"/> is registered first.
    /// </summary>
    public static IServiceCollection AddSharePointClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SharePointOptions>().Bind(configuration.GetSection(SharePointOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SharePointOptions>, SharePointOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RetryBudget>();
        services.TryAddSingleton<RegionalSettingsCache>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SharePointOptions>>().Value;
            return new AccessTokenSource(SharePointCredentials.Create(options), options.GraphBaseUrl);
        });
        services.TryAddTransient<UserAgentHandler>();
        services.TryAddTransient<AuthenticationHandler>();
        services.TryAddTransient<ResilienceHandler>();

        // The per-attempt timeout (SharePoint:RequestTimeout) bounds each try; HttpClient's own would cut the retries short.
        services.AddHttpClient<WireTransport>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<UserAgentHandler>()
            .AddHttpMessageHandler<AuthenticationHandler>()
            .AddHttpMessageHandler<ResilienceHandler>();
        AddClients(services);
        return services;
    }

    private static void AddClients(IServiceCollection services)
    {
        services.TryAddTransient<SharePointBatchExecutor>();
        services.TryAddTransient<GraphBatchExecutor>();
        services.TryAddTransient<SiteClient>();
        services.TryAddTransient<SiteUserClient>();
        services.TryAddTransient<DirectoryUserClient>();
        services.TryAddTransient<SiteGroupClient>();
        services.TryAddTransient<RoleDefinitionClient>();
        services.TryAddTransient<ListClient>();
        services.TryAddTransient<ColumnClient>();
        services.TryAddTransient<ViewClient>();
        services.TryAddTransient<ItemClient>();
        services.TryAddTransient<ItemBatchClient>();
        services.TryAddTransient<ItemConcurrencyClient>();
        services.TryAddTransient<KeyedItemClient>();
        services.TryAddTransient<FileClient>();
        services.TryAddTransient<FolderClient>();
        services.TryAddTransient<DriveClient>();
        services.TryAddTransient<PermissionClient>();
        services.TryAddTransient<RecycleBinClient>();
        services.TryAddTransient<MailClient>();
        services.TryAddTransient<MailboxClient>();
        services.TryAddTransient<RegionalSettingsClient>();
    }
}
