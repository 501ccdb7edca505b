using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PnpSamtale.Functions.Callers;
using PnpSamtale.Jobs;
using PnpSamtale.Provisioning;
using PnpSamtale.SharePoint;

namespace PnpSamtale.Functions.Hosting;

/// <summary>Registers what the functions need: the clock, the jobs on the SharePoint client, the settings with their checks, the callers.</summary>
internal static class FunctionsServiceCollectionExtensions
{
    /// <summary>Adds the app's services, bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddSamtaleFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        var simulated = configuration[AppOptions.SectionName + ":" + nameof(AppOptions.SimulatedClock)];
        services.AddSingleton(string.IsNullOrWhiteSpace(simulated) ? TimeProvider.System : new SimulatedClock(simulated));
        services.AddSharePointClient(configuration).AddRoundProvisioning().AddJobs();
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.SectionName));
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidator>();
        services.AddSingleton<DefinitionLibrary>();
        services.AddCallers(configuration);
        return services;
    }
}
