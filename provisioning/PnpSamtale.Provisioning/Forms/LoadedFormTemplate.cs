using PnpSamtale.Core.Definitions;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>The outcome of reading one form template file: the template (unless it had errors) and the findings.</summary>
/// <param name="Template">The template; <c>null</c> when any finding is an error.</param>
/// <param name="Diagnostics">What is wrong, with file, line and column.</param>
public sealed record LoadedFormTemplate(FormTemplate? Template, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
