using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning;
using PnpSamtale.Provisioning.Converge;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Jobs.Rounds;

/// <summary>What to start: a routine's round for a term, with dates already decided.</summary>
/// <param name="Scope">The blueprint, tenant and routines.</param>
/// <param name="Routine">The routine.</param>
/// <param name="Forms">The routine's form template.</param>
/// <param name="Term">The round.</param>
/// <param name="SiteOwner">The owner of new site collections (a service account, not a person of the roster).</param>
public sealed record RoundStartRequest(JobScope Scope, Routine Routine, FormTemplate Forms, Term Term, string SiteOwner)
{
    /// <summary>Dates decided or recorded for steps, e.g. 1.2 = 2026-11-09.</summary>
    public IReadOnlyDictionary<StepId, DateOnly> SetDates { get; init; } = new Dictionary<StepId, DateOnly>();
}

/// <summary>The outcome of starting a round.</summary>
/// <param name="Problems">Why the round could not be designed (nothing was written), or empty.</param>
/// <param name="Design">The design, when there were no problems.</param>
/// <param name="Reports">What converging the admin and round sites did.</param>
public sealed record RoundStartResult(IReadOnlyList<string> Problems, RoundDesign? Design, IReadOnlyList<ConvergeReport> Reports)
{
    /// <summary>Writes that failed (the next run finishes them).</summary>
    public IReadOnlyList<ConvergeFailure> Failures => [.. Reports.SelectMany(r => r.Failures)];

    /// <summary>Operations sent.</summary>
    public int Written => Reports.Sum(r => r.Plan.Operations.Count);
}

/// <summary>
/// Starts (or finishes, or re-checks) a round without a roster file: the people and their roles come from the admin
/// site's <c>Verv</c> list, which the OU keeps. The job behind the Functions app's <c>ProvisionRound</c>; idempotent,
/// so a retried message changes nothing that is already right.
/// </summary>
public sealed class RoundStarter(SiteContentReader reader, RoundProvisioner provisioner)
{
    /// <summary>Reads the roster, designs the round and converges both sites.</summary>
    public async Task<RoundStartResult> StartAsync(RoundStartRequest request, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        var (problems, design) = await DesignAsync(request, cancellationToken).ConfigureAwait(false);
        if (design is null)
        {
            return new RoundStartResult(problems, null, []);
        }

        var reports = await provisioner.ProvisionAsync(design, request.SiteOwner, progress, cancellationToken).ConfigureAwait(false);
        return new RoundStartResult([], design, reports);
    }

    /// <summary>
    /// Registers a round not yet in <c>Runder</c> (the admin site's share only), so a run can take its lease; see
    /// <see cref="RoundProvisioner.RegisterAsync"/>.
    /// </summary>
    public async Task<RoundStartResult> RegisterAsync(RoundStartRequest request, IProgress<ConvergeProgress>? progress, CancellationToken cancellationToken)
    {
        var (problems, design) = await DesignAsync(request, cancellationToken).ConfigureAwait(false);
        if (design is null)
        {
            return new RoundStartResult(problems, null, []);
        }

        var report = await provisioner.RegisterAsync(design, request.SiteOwner, progress, cancellationToken).ConfigureAwait(false);
        return new RoundStartResult([], design, [report]);
    }

    private async Task<(IReadOnlyList<string> Problems, RoundDesign? Design)> DesignAsync(RoundStartRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = request.Scope;
        var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
        var roster = admin.ToRoster(scope.Blueprint.Admin.Title);
        if (roster.People.Count == 0)
        {
            return ([$"The roster ('{scope.AdminList(Provisioning.Blueprints.ListRole.Roster)}' on {scope.AdminSite}) is empty; add the people and their roles first."], null);
        }

        var designed = RoundDesigner.Design(new RoundRequest(scope.Blueprint, request.Routine, request.Forms, roster, request.Term, scope.Tenant)
        {
            SetDates = request.SetDates,
            WriteRoster = false,
        });
        return (designed.Problems, designed.Design);
    }
}
