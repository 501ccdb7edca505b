using PnpSamtale.Provisioning.Converge.Plan;

namespace PnpSamtale.Provisioning.Converge;

/// <summary>A failed write: which operation, and what SharePoint said.</summary>
/// <param name="Artefact">The operation, as the plan prints it (list and key; never form content).</param>
/// <param name="Message">The error.</param>
public sealed record ConvergeFailure(string Artefact, string Message);

/// <summary>The outcome of converging a site: the plan that was sent, and what failed of it.</summary>
/// <param name="Site">The site's URL.</param>
/// <param name="Plan">The operations planned from the state before the run.</param>
/// <param name="Failures">Operations that failed or could not be sent; the next run plans them again.</param>
/// <param name="Applied">Whether the plan was sent (false for a dry run).</param>
public sealed record ConvergeReport(Uri Site, ConvergePlan Plan, IReadOnlyList<ConvergeFailure> Failures, bool Applied)
{
    /// <summary>Whether the site already was as designed.</summary>
    public bool WasUnchanged => Plan.IsEmpty;

    /// <summary>How many values someone changed who may not were put back.</summary>
    public int Reverted => Plan.Reverted.Count;
}

/// <summary>Progress while applying: the step and how many writes of it are done.</summary>
/// <param name="Site">The site.</param>
/// <param name="Step">What is being done.</param>
/// <param name="Done">Writes done so far in this step.</param>
/// <param name="Total">Writes in this step.</param>
public sealed record ConvergeProgress(Uri Site, string Step, int Done, int Total);
