using PnpSamtale.Provisioning.Blueprints;

namespace PnpSamtale.Jobs.Leases;

/// <summary>Where the rounds' leases live: the admin site's rounds registry (<c>Runder</c>), one per round's item.</summary>
/// <param name="AdminSite">The admin site.</param>
/// <param name="RoundsList">The title of its rounds registry.</param>
public sealed record LeaseTarget(Uri AdminSite, string RoundsList)
{
    /// <summary>The registry of the scope's admin site.</summary>
    public static LeaseTarget Of(JobScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new LeaseTarget(scope.AdminSite, scope.AdminList(ListRole.Rounds));
    }
}
