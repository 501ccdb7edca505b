using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Desired;

namespace PnpSamtale.Provisioning;

/// <summary>
/// Starts (or finishes, or re-checks) a round: converges the admin site's share of the round, then the round site.
/// The job the CLI's <c>round start</c> and the Functions app's <c>ProvisionRound</c> run.
/// </summary>
public sealed class RoundProvisioner(SiteConverger converger, SharePoint.Handlers.RetryBudget budget)
{
    /// <summary>How long starting a round may wait on throttling in total: 30 minutes (a round of thousands of conversations).</summary>
    public static readonly TimeSpan RetryBudget = TimeSpan.FromMinutes(30);

    /// <summary>The plans that would converge both sites, without writing: what <c>round start --dry-run</c> prints.</summary>
    public async Task<IReadOnlyList<ConvergePlan>> PlanAsync(RoundDesign design, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(design);
        return
        [
            await converger.PlanAsync(design.Admin, cancellationToken).ConfigureAwait(false),
            await converger.PlanAsync(design.Round, cancellationToken).ConfigureAwait(false),
        ];
    }

    /// <summary>
    /// Registers a round that is not in the registry yet: converges only the admin site's share of it (the site, its
    /// lists, the round's item in <c>Runder</c>), so that the round has an item whose lease a run can take.
    /// </summary>
    public async Task<ConvergeReport> RegisterAsync(RoundDesign design, string siteOwner, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(design);
        using var waiting = budget.Begin(RetryBudget);
        return await converger.ConvergeAsync(design.Admin, siteOwner, Guid.NewGuid(), progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Converges both sites; <paramref name="siteOwner"/> (a UPN, not a person of the roster) owns new site collections.</summary>
    public async Task<IReadOnlyList<ConvergeReport>> ProvisionAsync(
        RoundDesign design, string siteOwner, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(design);
        using var waiting = budget.Begin(RetryBudget);
        var runId = Guid.NewGuid();
        return
        [
            await converger.ConvergeAsync(design.Admin, siteOwner, runId, progress, cancellationToken).ConfigureAwait(false),
            await converger.ConvergeAsync(design.Round, siteOwner, runId, progress, cancellationToken).ConfigureAwait(false),
        ];
    }
}
