using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// Makes a conversation's form as a Word document (.docx): a header block with the round, the pair and the window,
/// the template's sections in the request's language, the notices the sections name, and a confirmation block.
/// The same template and request always give the same bytes.
/// </summary>
public static class FormDocument
{
    /// <summary>The media type of the documents made here.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The file extension of the documents made here, with the dot.</summary>
    public const string FileExtension = ".docx";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <summary>Makes the form for one conversation.</summary>
    /// <param name="template">The routine's form template.</param>
    /// <param name="request">The round, the pair and the resolved texts.</param>
    /// <returns>The .docx package.</returns>
    /// <exception cref="ArgumentException">
    /// The language is not <c>nb</c> or <c>en</c>, a required text is empty, the template has no form
    /// <see cref="FormRequest.FormId"/> (or no default form when none is named), or a notice a printed section names
    /// is missing from <see cref="FormRequest.Notices"/>.
    /// </exception>
    public static byte[] Create(FormTemplate template, FormRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(request);
        var labels = FormLabels.For(request.Language);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RoundTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RoutineTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.HolderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PartnerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PartnerRole);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ConversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Classification);
        ArgumentNullException.ThrowIfNull(request.Notices);
        var form = FindForm(template, request.FormId);
        CheckNotices(form, request);

        var body = new FormBody(form, request, labels);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Relationship ids are given, not generated: generated ids are random and would change the bytes.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = FormStyles.Create(labels.CultureName);
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = Settings();
            main.AddNewPart<FooterPart>("rId3").Footer = body.Footer();
            main.Document = new Document(body.Build("rId3"));
            FormProperties.Write(package.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2"), request, labels);
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }

    private static FormDefinition FindForm(FormTemplate template, string? formId)
    {
        if (template.Find(formId) is { } form)
        {
            return form;
        }

        var known = string.Join(", ", template.Forms.Select(f => f.Id));
        throw new ArgumentException(
            formId is null
                ? $"The forms of routine '{template.RoutineId}' have no default form; name one of {known}."
                : $"The forms of routine '{template.RoutineId}' have no form '{formId}'; expected one of {known}.",
            nameof(formId));
    }

    private static void CheckNotices(FormDefinition form, FormRequest request)
    {
        var missing = form.Sections
            .Where(s => s.AppliesTo(request.CareerPlan) && s.NoticeId is not null && !request.Notices.ContainsKey(s.NoticeId))
            .Select(s => s.NoticeId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"Form '{form.Id}' prints the notice(s) {string.Join(", ", missing)}, which the request does not carry; pass the routine's notices in the form's language.",
                nameof(request));
        }
    }

    /// <summary>Settings that make Word open the document in its current mode rather than compatibility mode.</summary>
    private static Settings Settings() => new(new Compatibility(new CompatibilitySetting
    {
        Name = CompatSettingNameValues.CompatibilityMode,
        Uri = "http://schemas.microsoft.com/office/word",
        Val = "15",
    }));
}
