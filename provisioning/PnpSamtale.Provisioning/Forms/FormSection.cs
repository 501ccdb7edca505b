namespace PnpSamtale.Provisioning.Forms;

/// <summary>A section of a form: a heading and what is asked or said under it.</summary>
/// <param name="Id">Stable id within the form, e.g. <c>arbeidsmiljo</c>.</param>
/// <param name="Heading">The section heading.</param>
/// <param name="Kind">Prompts to answer, or a table of measures.</param>
/// <param name="OnlyWhen">When the section is included.</param>
/// <param name="Intro">An explanatory paragraph under the heading, if any.</param>
/// <param name="NoticeId">The id of a routine notice whose text is printed in the section, if any.</param>
/// <param name="Prompts">Questions or prompts, each followed by an empty answer paragraph.</param>
/// <param name="Rows">The number of empty rows of a measures table; 0 for prompt sections.</param>
public sealed record FormSection(
    string Id,
    BilingualText Heading,
    FormSectionKind Kind,
    FormCondition OnlyWhen,
    BilingualText? Intro,
    string? NoticeId,
    IReadOnlyList<BilingualText> Prompts,
    int Rows)
{
    /// <summary>Whether the section belongs in a form for a partner who is (or is not) offered a career plan.</summary>
    public bool AppliesTo(bool careerPlan) => OnlyWhen == FormCondition.Always || careerPlan;
}
