namespace PnpSamtale.Provisioning.Forms;

/// <summary>What a form section asks for.</summary>
public enum FormSectionKind
{
    /// <summary>Questions or prompts, each followed by room for the answer.</summary>
    Prompts,

    /// <summary>A table of agreed measures: measure, deadline and who is responsible.</summary>
    Measures,
}
