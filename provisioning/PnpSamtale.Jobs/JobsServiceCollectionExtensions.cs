using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PnpSamtale.Jobs.Export;
using PnpSamtale.Jobs.HolderKickoff;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Rounds;
using PnpSamtale.Jobs.Shredding;
using PnpSamtale.Jobs.Status;

namespace PnpSamtale.Jobs;

/// <summary>Registers the jobs (on top of the SharePoint client).</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DeadlineReminders"/>, <see cref="ShredExpiredForms"/>, <see cref="AccessExport"/>,
    /// <see cref="RoundStarter"/>, <see cref="RoundKickoff"/>, the <see cref="RoundStatusReader"/>, the holders'
    /// <see cref="KickoffMails"/> and the rounds' leases (<see cref="Leases.LeasedRunner"/>).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddTransient<SiteContentReader>();
        services.TryAddTransient<DeadlineReminders>();
        services.TryAddTransient<ShredExpiredForms>();
        services.TryAddTransient<AccessExport>();
        services.TryAddTransient<RoundStarter>();
        services.TryAddTransient<Reconciler>();
        services.TryAddTransient<RoundKickoff>();
        services.TryAddTransient<Leases.RoundLease>();
        services.TryAddTransient<Leases.LeasedRunner>();
        services.TryAddTransient<RoundStatusReader>();
        services.TryAddTransient<KickoffMails>();
        return services;
    }
}
