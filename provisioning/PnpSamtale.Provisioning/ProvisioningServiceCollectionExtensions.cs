using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PnpSamtale.Provisioning.Converge;

namespace PnpSamtale.Provisioning;

/// <summary>Registers round provisioning (on top of <c>AddSharePointClient</c>).</summary>
public static class ProvisioningServiceCollectionExtensions
{
    /// <summary>Registers the converger and the round provisioner.</summary>
    public static IServiceCollection AddRoundProvisioning(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddTransient<SiteConverger>();
        services.TryAddTransient<RoundProvisioner>();
        return services;
    }
}
