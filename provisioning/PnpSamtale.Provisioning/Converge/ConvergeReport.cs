namespace PnpSamtale.Provisioning.Converge;

/// <summary>What converging one kind of artefact of a site needs (or needed): how many to create, update, and leave.</summary>
/// <param name="Site">The site's URL.</param>
/// <param name="Artefact">What is counted, e.g. <c>elementer i Samtaler</c>.</param>
/// <param name="Create">How many are missing.</param>
/// <param name="Update">How many differ.</param>
/// <param name="Unchanged">How many are as desired.</param>
public sealed record ArtefactChange(Uri Site, string Artefact, int Create, int Update, int Unchanged)
{
    /// <summary>Whether anything is to be written.</summary>
    public bool HasChanges => Create + Update > 0;
}

/// <summary>A failed write: which artefact, and what SharePoint said.</summary>
/// <param name="Artefact">The artefact, named so a person can find it (list and key; never form content).</param>
/// <param name="Message">The error.</param>
public sealed record ConvergeFailure(string Artefact, string Message);

/// <summary>The outcome of converging a site.</summary>
/// <param name="Site">The site's URL.</param>
/// <param name="Changes">The changes per artefact, computed from the state before the run.</param>
/// <param name="Failures">Writes that failed; the next run retries them.</param>
/// <param name="Applied">Whether the changes were applied (false for a dry run).</param>
public sealed record ConvergeReport(Uri Site, IReadOnlyList<ArtefactChange> Changes, IReadOnlyList<ConvergeFailure> Failures, bool Applied)
{
    /// <summary>Whether the site already was as desired.</summary>
    public bool WasUnchanged => Changes.All(c => !c.HasChanges);
}

/// <summary>Progress while applying: the step and how many writes of it are done.</summary>
/// <param name="Site">The site.</param>
/// <param name="Step">What is being done.</param>
/// <param name="Done">Writes done so far in this step.</param>
/// <param name="Total">Writes in this step.</param>
public sealed record ConvergeProgress(Uri Site, string Step, int Done, int Total);
