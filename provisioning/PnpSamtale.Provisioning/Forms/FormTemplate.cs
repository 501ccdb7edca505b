namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// The forms of one routine, read from <c>templates/forms/&lt;routine id&gt;.yaml</c> by <see cref="FormTemplateLoader"/>.
/// </summary>
public sealed class FormTemplate
{
    private readonly Dictionary<string, FormDefinition> _byId;

    internal FormTemplate(string routineId, bool hasMeasures, IReadOnlyList<FormDefinition> forms)
    {
        RoutineId = routineId;
        HasMeasures = hasMeasures;
        Forms = forms;
        _byId = forms.ToDictionary(f => f.Id, StringComparer.Ordinal);
        DefaultForm = forms.Count == 1 ? forms[0] : forms.FirstOrDefault(f => f.IsDefault);
    }

    /// <summary>The id of the routine the forms belong to, e.g. <c>stinn-medarbeidersamtaler</c>.</summary>
    public string RoutineId { get; }

    /// <summary>
    /// Whether the routine agrees measures with deadlines in the conversation; then every form has a measures
    /// table and each conversation gets a measures placeholder.
    /// </summary>
    public bool HasMeasures { get; }

    /// <summary>The forms in the order of the file.</summary>
    public IReadOnlyList<FormDefinition> Forms { get; }

    /// <summary>The form used when none is named: the only form, or the one marked default; <c>null</c> if neither.</summary>
    public FormDefinition? DefaultForm { get; }

    /// <summary>
    /// The form with id <paramref name="formId"/>, or <see cref="DefaultForm"/> when no id is given; <c>null</c> when
    /// the template has no such form.
    /// </summary>
    public FormDefinition? Find(string? formId) =>
        string.IsNullOrEmpty(formId) ? DefaultForm : _byId.GetValueOrDefault(formId);
}
