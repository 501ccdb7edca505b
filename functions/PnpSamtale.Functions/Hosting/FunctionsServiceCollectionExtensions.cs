using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PnpSamtale.Functions.Handlers;
using PnpSamtale.Functions.Security;
using PnpSamtale.Jobs;
using PnpSamtale.Provisioning;
using PnpSamtale.SharePoint;

namespace PnpSamtale.Functions.Hosting;

/// <summary>Registers the handler: the jobs on the SharePoint client, the settings with their checks, the functions.</summary>
internal static class FunctionsServiceCollectionExtensions
{
    /// <summary>Adds everything <see cref="FunctionDispatcher"/> needs, bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddFunctionsHandler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSharePointClient(configuration).AddRoundProvisioning().AddJobs();
        services.AddOptions<HandlerOptions>().Bind(configuration.GetSection(HandlerOptions.SectionName));
        services.AddSingleton<IValidateOptions<HandlerOptions>, HandlerOptionsValidator>();
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName))
            .Configure(o => o.PlatformAuthenticationOn = string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "true", StringComparison.OrdinalIgnoreCase));
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddSingleton<DefinitionLibrary>();
        services.AddSingleton<CallerAuthorizer>();
        services.AddSingleton<HttpApi>();
        services.AddSingleton<IFunction, DeadlineRemindersFunction>();
        services.AddSingleton<IFunction, ShredExpiredFormsFunction>();
        services.AddSingleton<IFunction, ReconcileFunction>();
        services.AddSingleton<IFunction, RoundKickoffFunction>();
        services.AddSingleton<IFunction, StartRoundFunction>();
        services.AddSingleton<IFunction, ProvisionRoundFunction>();
        services.AddSingleton<IFunction, RoundStatusFunction>();
        services.AddSingleton<FunctionDispatcher>();
        return services;
    }
}
