using PnpSamtale.Core.Routines;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Provisioning;

/// <summary>
/// The <c>Reconcile</c> job: for every active round in the admin site's <c>Runder</c> (or one), re-applies the
/// permissions of the forms changed since the last run — a new holder or partner, a new status, a new
/// classification — and of the measures that follow them. Cheap when nothing changed: a few reads, no writes.
/// </summary>
public sealed class Reconciler(SiteConverger converger, ListClient lists, ItemClient items, TimeProvider clock, RetryBudget budget)
{
    /// <summary>How long a reconcile run may wait on throttling in total: 5 minutes, as it runs every quarter of an hour.</summary>
    public static readonly TimeSpan RetryBudget = TimeSpan.FromMinutes(5);

    /// <summary>Reconciles the active rounds, or only <paramref name="onlyRound"/>.</summary>
    /// <param name="blueprint">The site blueprint.</param>
    /// <param name="tenant">The tenant root URL.</param>
    /// <param name="routines">Finds a routine by id (the rounds registry names each round's routine).</param>
    /// <param name="onlyRound">A term (e.g. <c>H2026</c>), or <c>null</c> for every active round.</param>
    /// <param name="progress">Progress while applying.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<IReadOnlyList<RoundReconciliation>> ReconcileAsync(
        Blueprint blueprint, Uri tenant, Func<string, Routine?> routines, string? onlyRound, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentNullException.ThrowIfNull(routines);
        using var waiting = budget.Begin(RetryBudget);
        var admin = RoundDesigner.AdminSiteUrl(blueprint, tenant);
        var registry = await lists.FindListAsync(admin, blueprint.Admin.List(ListRole.Rounds).Title, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The admin site {admin} has no rounds registry ('{blueprint.Admin.List(ListRole.Rounds).Title}'); start a round first.");
        var rounds = await items.QueryItemsAsync(admin, registry.Id,
            new ItemQuery(["Id", Fields.Round, Fields.Routine, Fields.RoundState, Fields.LastReconciled], null, SiteReader.PageSize), cancellationToken).ConfigureAwait(false);
        var results = new List<RoundReconciliation>();
        foreach (var round in rounds)
        {
            var term = round.GetString(Fields.Round) ?? string.Empty;
            var active = !string.Equals(round.GetString(Fields.RoundState), "Avsluttet", StringComparison.OrdinalIgnoreCase);
            if (onlyRound is not null ? !string.Equals(term, onlyRound, StringComparison.OrdinalIgnoreCase) : !active)
            {
                continue;
            }

            var routineId = round.GetString(Fields.Routine) ?? string.Empty;
            var routine = routines(routineId) ?? throw new InvalidOperationException($"Round {term} uses the routine '{routineId}', which was not found.");
            var since = DateTimeOffset.TryParse(round.GetString(Fields.LastReconciled), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var last)
                ? last
                : (DateTimeOffset?)null;
            var started = clock.GetUtcNow();
            var desired = RoundDesigner.ReconcileSite(blueprint, routine, tenant, term);
            var (report, changedForms) = await converger.ReconcileAsync(desired, since, progress, cancellationToken).ConfigureAwait(false);
            if (changedForms > 0 && report.Failures.Count == 0)
            {
                // Only moved on when forms were looked at, so a quiet run writes nothing at all.
                await items.UpdateItemAsync(admin, registry.Id, round.Id,
                    [FormValue.Text(Fields.LastReconciled, started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))], cancellationToken).ConfigureAwait(false);
            }

            results.Add(new RoundReconciliation(term, since, changedForms, report));
        }

        if (onlyRound is not null && results.Count == 0)
        {
            throw new InvalidOperationException($"The rounds registry has no round {onlyRound}.");
        }

        return results;
    }
}

/// <summary>What reconciling one round did.</summary>
/// <param name="Term">The round.</param>
/// <param name="Since">The previous run, if any; forms changed after it were looked at.</param>
/// <param name="FormsChecked">How many forms were looked at.</param>
/// <param name="Report">The permission changes and failures.</param>
public sealed record RoundReconciliation(string Term, DateTimeOffset? Since, int FormsChecked, ConvergeReport Report)
{
    /// <summary>One line for a log (Norwegian), as the CLI and the Functions app print it.</summary>
    public string Summary() =>
        $"Runde {Term}: {FormsChecked} skjema endret siden {(Since is { } s ? s.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC" : "start")}, {Report.Changes.Sum(c => c.Update)} tillatelser rettet, {Report.Failures.Count} feilet.";
}
