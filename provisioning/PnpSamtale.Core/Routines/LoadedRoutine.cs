using PnpSamtale.Core.Definitions;

namespace PnpSamtale.Core.Routines;

/// <summary>The outcome of reading a routine file: the routine (unless it had errors), where its parts are, and findings.</summary>
public sealed record LoadedRoutine(Routine? Routine, SourceMap Source, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
