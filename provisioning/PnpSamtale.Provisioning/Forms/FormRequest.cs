namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// What one conversation's form is made from: the round, the pair and the texts the caller has resolved from the
/// routine in the chosen language. Passed to <see cref="FormDocument.Create"/>.
/// </summary>
public sealed record FormRequest
{
    /// <summary>The round, e.g. <c>H2026</c>; also in the document title.</summary>
    public required string RoundTitle { get; init; }

    /// <summary>The routine's title in the chosen language, e.g. "Medarbeidersamtale for ledere".</summary>
    public required string RoutineTitle { get; init; }

    /// <summary>The language of every text in the form: <c>nb</c> or <c>en</c> (see <see cref="FormLanguage"/>).</summary>
    public required string Language { get; init; }

    /// <summary>The conversation holder's name (samtaleansvarlig).</summary>
    public required string HolderName { get; init; }

    /// <summary>The conversation partner's name (samtalepartner).</summary>
    public required string PartnerName { get; init; }

    /// <summary>The partner's role as display text, e.g. "Leder av Valgkomiteen" or "Postdoktor".</summary>
    public required string PartnerRole { get; init; }

    /// <summary>The partner's campus, if the routine has campuses; printed when set.</summary>
    public string? Campus { get; init; }

    /// <summary>The partner's category in the routine (e.g. <c>postdoktor</c>), if any; recorded in the document's properties.</summary>
    public string? CategoryId { get; init; }

    /// <summary>
    /// The form to use: the <c>form</c> of the partner's category in the routine (e.g. <c>sjekkliste-postdoc</c>);
    /// <c>null</c> uses the template's only or default form.
    /// </summary>
    public string? FormId { get; init; }

    /// <summary>Whether the partner is offered a written career plan; sections marked <c>onlyWhen: careerPlan</c> appear only then.</summary>
    public bool CareerPlan { get; init; }

    /// <summary>The days within which the conversation is to be held.</summary>
    public required FormWindow Window { get; init; }

    /// <summary>An opaque key of the conversation, printed small in the footer and stored as the document's identifier.</summary>
    public required string ConversationKey { get; init; }

    /// <summary>The classification as display text in the chosen language, e.g. "Konfidensielt".</summary>
    public required string Classification { get; init; }

    /// <summary>The routine's notices by id, in the chosen language; every notice a printed section names must be here.</summary>
    public IReadOnlyDictionary<string, string> Notices { get; init; } = new Dictionary<string, string>();
}
