using System.Globalization;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>The fixed texts of a form (labels, table headings, the confirmation block) in one language.</summary>
internal sealed record FormLabels
{
    public static FormLabels Norwegian { get; } = new()
    {
        CultureName = "nb-NO",
        DocumentTitle = "Samtaleskjema",
        Round = "Runde",
        Holder = "Samtaleansvarlig",
        Partner = "Samtalepartner",
        Role = "Rolle",
        Campus = "Studiested",
        Window = "Samtaleperiode",
        Classification = "Gradering",
        Measure = "Tiltak",
        Deadline = "Frist",
        Responsible = "Ansvarlig",
        ConfirmationHeading = "Bekreftelse og underskrift",
        ConfirmationText = "Samtaleansvarlig og samtalepartner bekrefter at skjemaet gjengir det som ble sagt og avtalt i samtalen.",
        Name = "Navn",
        Date = "Dato",
        Signature = "Underskrift",
        Key = "Samtale-ID",
        LongDate = NorwegianDates.LongDate,
    };

    public static FormLabels English { get; } = new()
    {
        CultureName = "en-GB",
        DocumentTitle = "Conversation form",
        Round = "Round",
        Holder = "Conversation holder",
        Partner = "Conversation partner",
        Role = "Role",
        Campus = "Campus",
        Window = "Conversation period",
        Classification = "Classification",
        Measure = "Measure",
        Deadline = "Deadline",
        Responsible = "Responsible",
        ConfirmationHeading = "Confirmation and signature",
        ConfirmationText = "The conversation holder and the conversation partner confirm that the form reflects what was said and agreed in the conversation.",
        Name = "Name",
        Date = "Date",
        Signature = "Signature",
        Key = "Conversation ID",
        // The invariant culture carries the English day and month names, also with invariant globalization.
        LongDate = date => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The language tag written into the document (spell-checking, properties).</summary>
    public required string CultureName { get; init; }

    public required string DocumentTitle { get; init; }

    public required string Round { get; init; }

    public required string Holder { get; init; }

    public required string Partner { get; init; }

    public required string Role { get; init; }

    public required string Campus { get; init; }

    public required string Window { get; init; }

    public required string Classification { get; init; }

    public required string Measure { get; init; }

    public required string Deadline { get; init; }

    public required string Responsible { get; init; }

    public required string ConfirmationHeading { get; init; }

    public required string ConfirmationText { get; init; }

    public required string Name { get; init; }

    public required string Date { get; init; }

    public required string Signature { get; init; }

    public required string Key { get; init; }

    public required Func<DateOnly, string> LongDate { get; init; }

    public static FormLabels For(string language) => FormLanguage.IsEnglish(language) ? English : Norwegian;

    /// <summary>The window as text: one date, or "first – last".</summary>
    public string Dates(FormWindow window) =>
        window.Start == window.End ? LongDate(window.Start) : $"{LongDate(window.Start)} – {LongDate(window.End)}";
}
