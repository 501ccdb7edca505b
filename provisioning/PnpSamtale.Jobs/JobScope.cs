using PnpSamtale.Core.Routines;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Jobs;

/// <summary>What every job needs to find its way: the blueprint (list titles), the tenant, and the routines by id.</summary>
/// <param name="Blueprint">The site blueprint the rounds were provisioned with.</param>
/// <param name="Tenant">The tenant root URL.</param>
/// <param name="Routines">Finds a routine by the id the rounds registry names.</param>
public sealed record JobScope(Blueprint Blueprint, Uri Tenant, Func<string, Routine?> Routines)
{
    /// <summary>Finds a routine's form template by the routine's id (a round's design includes its forms).</summary>
    public Func<string, FormTemplate?> Forms { get; init; } = _ => null;

    /// <summary>The admin site.</summary>
    public Uri AdminSite => RoundDesigner.AdminSiteUrl(Blueprint, Tenant);

    /// <summary>The title of an admin site list.</summary>
    public string AdminList(ListRole role) => Blueprint.Admin.List(role).Title;

    /// <summary>The title of a round site list.</summary>
    public string RoundList(ListRole role) => Blueprint.Round.List(role).Title;
}
