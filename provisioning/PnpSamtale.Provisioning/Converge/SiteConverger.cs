using Microsoft.Extensions.Options;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.Provisioning.Converge.Planning;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.Sites;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>
/// Makes a site what its <see cref="DesiredSite"/> says: reads what it holds (<see cref="SiteReader"/>), plans the
/// operations (<see cref="ConvergePlanner"/>, pure), and sends them (<see cref="PlanRunner"/>). The plan is what
/// <c>--dry-run</c> prints. A second run over an unchanged site plans nothing; a run stopped anywhere leaves nothing the
/// next cannot finish, because every plan is made from what the site holds when its run starts.
/// </summary>
public sealed class SiteConverger
{
    private readonly SiteClient sites;
    private readonly SharePointBatchExecutor batches;
    private readonly GraphBatchExecutor graphBatches;
    private readonly ListClient lists;
    private readonly SiteReader reader;
    private readonly RegionalSettingsClient regional;
    private readonly TimeProvider clock;
    private readonly SharePointOptions options;

    /// <summary>Creates the converger.</summary>
    public SiteConverger(
        SiteClient sites, SharePointBatchExecutor batches, GraphBatchExecutor graphBatches, WireTransport transport, RegionalSettingsClient regional, ListClient lists,
        TimeProvider clock, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.sites = sites;
        this.batches = batches;
        this.graphBatches = graphBatches;
        this.lists = lists;
        this.regional = regional;
        this.clock = clock;
        this.options = options.Value;
        reader = new SiteReader(batches, transport, regional);
    }

    /// <summary>Reads the site and returns the plan that would converge it, without writing anything.</summary>
    public async Task<ConvergePlan> PlanAsync(DesiredSite desired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var actual = await ReadAsync(desired, cancellationToken).ConfigureAwait(false);
        var audit = await AuditAsync(desired, Guid.Empty, cancellationToken).ConfigureAwait(false);
        return await PlanAsync(desired, actual, audit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Converges the site; <paramref name="owner"/> (a UPN) owns the site collection if it has to be created.</summary>
    /// <param name="desired">The design.</param>
    /// <param name="owner">The owner of a new site collection; <c>null</c> when the site must exist (a reconcile).</param>
    /// <param name="runId">The run, as a log entry of changes put back names it.</param>
    /// <param name="progress">Progress while sending.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<ConvergeReport> ConvergeAsync(DesiredSite desired, string? owner, Guid runId, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var actual = await ReadAsync(desired, cancellationToken).ConfigureAwait(false);
        var audit = await AuditAsync(desired, runId, cancellationToken).ConfigureAwait(false);
        var plan = await PlanAsync(desired, actual, audit, cancellationToken).ConfigureAwait(false);
        if (owner is not null && ForeignAdmins(actual, owner) is { Count: > 0 } strangers)
        {
            // Round sites have predictable addresses, and anyone may be allowed to create a site: one that someone else
            // made first is theirs to administer, and no permission the product sets keeps its administrator out.
            return new ConvergeReport(desired.Url, plan with { Operations = [] },
                [new ConvergeFailure(desired.Url.AbsoluteUri,
                    $"nettstedet finnes allerede og har områdeadministratorer produktet ikke har satt ({string.Join(", ", strangers)}); runden tas ikke i bruk der — slett nettstedet eller fjern dem som administratorer, og start runden igjen")],
                Applied: false);
        }

        var created = plan.Operations.Where(o => o.Kind == OperationKind.CreateSite).ToList();
        if (created.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(owner))
            {
                throw new InvalidOperationException($"The site {desired.Url} does not exist; start the round (samtale round start) to create it.");
            }

            progress?.Report(new ConvergeProgress(desired.Url, "oppretter nettstedet", 0, 1));
            var creation = new SiteCreation(desired.Title, desired.Url, owner) { Description = desired.Description, Lcid = desired.Lcid, TimeZoneId = desired.TimeZoneId };
            await sites.CreateSiteAsync(creation, cancellationToken).ConfigureAwait(false);
            await sites.WaitUntilReadyAsync(desired.Url, cancellationToken).ConfigureAwait(false);
            actual = await reader.ReadAsync(desired, cancellationToken).ConfigureAwait(false);
            var rest = await PlanAsync(desired, actual, audit, cancellationToken).ConfigureAwait(false);
            plan = rest with { Operations = [.. created, .. rest.Operations] };
        }

        var failures = await new PlanRunner(batches, graphBatches, reader, options).RunAsync(plan, progress, cancellationToken).ConfigureAwait(false);
        return new ConvergeReport(desired.Url, plan, failures, Applied: true);
    }

    /// <summary>The site collection administrators of an existing site other than the app and the owner it is made with.</summary>
    private static List<string> ForeignAdmins(ActualSite actual, string owner) =>
        actual.Exists ? [.. actual.Admins.Where(a => !string.Equals(a, owner, StringComparison.OrdinalIgnoreCase))] : [];

    /// <summary>Plans; when the plan needs items' versions to say who changed them, reads those and plans again.</summary>
    private async Task<ConvergePlan> PlanAsync(DesiredSite desired, ActualSite actual, AuditSettings? audit, CancellationToken cancellationToken)
    {
        var plan = ConvergePlanner.Plan(desired, actual, options.GraphBaseUrl, clock.GetUtcNow(), audit);
        if (plan.VersionsWanted.Count == 0)
        {
            return plan;
        }

        foreach (var (list, ids) in plan.VersionsWanted)
        {
            var fields = desired.Lists.First(l => string.Equals(l.Title, list, StringComparison.OrdinalIgnoreCase)).Blueprint.Columns.Select(c => c.Definition.Name).Append(Blueprints.Fields.Title).ToList();
            await reader.ReadVersionsAsync(desired.Url, actual.Lists[list], ids, fields, cancellationToken).ConfigureAwait(false);
        }

        return ConvergePlanner.Plan(desired, actual, options.GraphBaseUrl, clock.GetUtcNow(), audit);
    }

    private async Task<ActualSite> ReadAsync(DesiredSite desired, CancellationToken cancellationToken)
    {
        switch (await sites.GetStateAsync(desired.Url, cancellationToken).ConfigureAwait(false))
        {
            case SiteState.Missing:
                return ActualSite.Missing();
            case SiteState.Provisioning:
                await sites.WaitUntilReadyAsync(desired.Url, cancellationToken).ConfigureAwait(false);
                break;
            case SiteState.Failed:
                throw new InvalidOperationException($"SharePoint reports that creating {desired.Url} failed; delete the failed site collection in the SharePoint admin center and run again.");
        }

        return await reader.ReadAsync(desired, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where changes put back on a round site are logged: the admin site's <c>Logg</c>, once it exists.</summary>
    private async Task<AuditSettings?> AuditAsync(DesiredSite desired, Guid runId, CancellationToken cancellationToken)
    {
        if (desired.Round is not { } round)
        {
            return null;
        }

        if (await sites.GetStateAsync(round.Audit.AdminSite, cancellationToken).ConfigureAwait(false) != SiteState.Ready)
        {
            return null;
        }

        var log = await lists.FindListAsync(round.Audit.AdminSite, round.Audit.LogList, cancellationToken).ConfigureAwait(false);
        if (log is null)
        {
            return null;
        }

        var settings = await regional.GetAsync(round.Audit.AdminSite, cancellationToken).ConfigureAwait(false);
        return new AuditSettings(round.Audit.AdminSite, log.Id, settings, round.Term, runId, clock.GetUtcNow());
    }
}
