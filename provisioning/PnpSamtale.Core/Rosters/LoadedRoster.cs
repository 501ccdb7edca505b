using PnpSamtale.Core.Definitions;

namespace PnpSamtale.Core.Rosters;

/// <summary>The outcome of reading a roster file.</summary>
public sealed record LoadedRoster(Roster? Roster, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
