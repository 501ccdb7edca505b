using System.Globalization;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Rounds;

/// <summary>
/// The <c>Reconcile</c> job: for every active round in <c>Runder</c> (or one), designs the round again from its routine,
/// the dates set at its start and the roster the OU keeps in <c>Verv</c>, and converges the round site to it — design
/// values put back, form statuses checked against who changed them, the register updated, access moved to the
/// designed pairs. Nothing a holder or partner can edit decides anything here. Reads both sites; writes nothing when
/// nothing changed.
/// </summary>
public sealed class Reconciler(SiteContentReader reader, SiteConverger converger, ItemClient items, TimeProvider clock, RetryBudget budget)
{
    /// <summary>How long a reconcile run may wait on throttling in total: 5 minutes, as it runs every quarter of an hour.</summary>
    public static readonly TimeSpan RetryBudget = TimeSpan.FromMinutes(5);

    /// <summary>Reconciles the active rounds, or only <paramref name="onlyRound"/>.</summary>
    /// <param name="scope">The blueprint, tenant, routines and form templates.</param>
    /// <param name="onlyRound">A term (e.g. <c>H2026</c>), or <c>null</c> for every active round.</param>
    /// <param name="progress">Progress while applying.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<IReadOnlyList<RoundReconciliation>> ReconcileAsync(JobScope scope, string? onlyRound, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using var waiting = budget.Begin(RetryBudget);
        var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
        var roster = admin.ToRoster(scope.Blueprint.Admin.Title);
        var results = new List<RoundReconciliation>();
        foreach (var round in admin.Rounds)
        {
            if (onlyRound is not null ? !string.Equals(round.Term, onlyRound, StringComparison.OrdinalIgnoreCase) : !round.IsActive)
            {
                continue;
            }

            var routine = scope.Routines(round.RoutineId) ?? throw new InvalidOperationException($"Round {round.Term} uses the routine '{round.RoutineId}', which was not found.");
            var forms = scope.Forms(round.RoutineId) ?? throw new InvalidOperationException($"Round {round.Term} uses the routine '{round.RoutineId}', whose form template was not found.");
            var designed = RoundDesigner.Design(new RoundRequest(scope.Blueprint, routine, forms, roster, Term.Parse(round.Term), scope.Tenant)
            {
                SetDates = round.SetDates,
                WriteRoster = false,
            });
            if (designed.Design is not { } design)
            {
                // A roster the routine cannot be designed from changes nothing: access stays as it was.
                results.Add(new RoundReconciliation(round.Term, designed.Problems, []));
                continue;
            }

            var started = clock.GetUtcNow();
            var runId = Guid.NewGuid();
            var reports = new List<ConvergeReport>
            {
                await converger.ConvergeAsync(design.Admin, null, runId, progress, cancellationToken).ConfigureAwait(false),
                await converger.ConvergeAsync(design.Round, null, runId, progress, cancellationToken).ConfigureAwait(false),
            };
            if (reports.All(r => r.Failures.Count == 0))
            {
                var rounds = admin.Content.ListId(scope.AdminList(ListRole.Rounds))!.Value;
                await items.UpdateItemAsync(scope.AdminSite, rounds, round.ItemId,
                    [RoundsList.LastReconciled.Value(started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))], cancellationToken).ConfigureAwait(false);
            }

            results.Add(new RoundReconciliation(round.Term, [], reports));
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
/// <param name="Problems">Why the round could not be designed from <c>Verv</c> (nothing was changed), or empty.</param>
/// <param name="Reports">What converging the admin and round sites did.</param>
public sealed record RoundReconciliation(string Term, IReadOnlyList<string> Problems, IReadOnlyList<ConvergeReport> Reports)
{
    /// <summary>Operations sent.</summary>
    public int Operations => Reports.Sum(r => r.Plan.Operations.Count);

    /// <summary>Values put back.</summary>
    public int Reverted => Reports.Sum(r => r.Reverted);

    /// <summary>Failed operations.</summary>
    public IReadOnlyList<ConvergeFailure> Failures => [.. Reports.SelectMany(r => r.Failures)];

    /// <summary>One line for a log (Norwegian), as the CLI and the Functions app print it.</summary>
    public string Summary() => Problems.Count > 0
        ? $"Runde {Term}: ikke avstemt – {string.Join("; ", Problems)}"
        : $"Runde {Term}: {Operations} endringer, {Reverted} tilbakestilt, {Failures.Count} feilet.";
}
