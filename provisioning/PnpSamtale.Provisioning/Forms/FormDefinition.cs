namespace PnpSamtale.Provisioning.Forms;

/// <summary>One form (skjema or checklist) of a routine, e.g. NTNU's checklist for postdoctoral fellows.</summary>
/// <param name="Id">Stable id, named by the routine's categories (<c>form</c>), e.g. <c>sjekkliste-postdoc</c>.</param>
/// <param name="Title">The form's title, printed at the top.</param>
/// <param name="Intro">A paragraph under the title, if any.</param>
/// <param name="IsDefault">Whether the form is used when none is named.</param>
/// <param name="Sections">The sections in order.</param>
public sealed record FormDefinition(string Id, BilingualText Title, BilingualText? Intro, bool IsDefault, IReadOnlyList<FormSection> Sections);
