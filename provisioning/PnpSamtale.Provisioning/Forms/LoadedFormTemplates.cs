using PnpSamtale.Core.Definitions;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>The outcome of reading a folder of form templates.</summary>
/// <param name="Templates">The templates that loaded without errors, in file-name order.</param>
/// <param name="Diagnostics">The findings of every file, with file, line and column.</param>
public sealed record LoadedFormTemplates(IReadOnlyList<FormTemplate> Templates, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any finding is an error (then at least one file is left out of <see cref="Templates"/>).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The template of routine <paramref name="routineId"/>, or <c>null</c>.</summary>
    public FormTemplate? Find(string routineId) =>
        Templates.FirstOrDefault(t => string.Equals(t.RoutineId, routineId, StringComparison.Ordinal));
}
