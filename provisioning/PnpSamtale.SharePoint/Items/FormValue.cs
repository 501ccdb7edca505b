using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// One entry of <c>formValues</c>: a field's internal name and its value, kept in an invariant form that compares
/// (numbers <c>2.5</c>, booleans <c>1</c>/<c>0</c>, dates <c>yyyy-MM-dd</c>, instants <c>yyyy-MM-ddTHH:mm:ssZ</c>, people
/// <c>[{"Key":"i:0#.f|membership|{upn}"}]</c>) and written in the site's regional settings (<see cref="ToWire"/>): the
/// validate functions parse dates and numbers the way the site's forms do. The factories set the <see cref="Kind"/>.
/// </summary>
/// <param name="FieldName">The field's internal name.</param>
/// <param name="FieldValue">The value in its invariant form; empty clears the field.</param>
public sealed record FormValue(string FieldName, string FieldValue)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>What the value is, which decides how it is written. Default <see cref="FormValueKind.Text"/>.</summary>
    public FormValueKind Kind { get; init; } = FormValueKind.Text;

    /// <summary>Text as is.</summary>
    public static FormValue Text(string fieldName, string value) => new(fieldName, value);

    /// <summary>A number.</summary>
    public static FormValue Number(string fieldName, double value) =>
        new(fieldName, value.ToString("R", CultureInfo.InvariantCulture)) { Kind = FormValueKind.Number };

    /// <summary>A boolean: <c>1</c> or <c>0</c>.</summary>
    public static FormValue Boolean(string fieldName, bool value) => new(fieldName, value ? "1" : "0") { Kind = FormValueKind.Boolean };

    /// <summary>A date (for a date-only column).</summary>
    public static FormValue Date(string fieldName, DateOnly value) =>
        new(fieldName, value.ToString(DateFormat, CultureInfo.InvariantCulture)) { Kind = FormValueKind.Date };

    /// <summary>An instant (for a date-and-time column): written as its wall-clock time in the site's zone.</summary>
    public static FormValue DateTime(string fieldName, DateTimeOffset value) =>
        new(fieldName, value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture)) { Kind = FormValueKind.DateTime };

    /// <summary>A person: <c>[{"Key":"i:0#.f|membership|{upn}"}]</c>.</summary>
    public static FormValue Person(string fieldName, string upnOrLoginName)
    {
        var key = new JsonArray(new JsonObject { ["Key"] = LoginNames.ForUser(upnOrLoginName) });
        return new(fieldName, key.ToJsonString(WireJson.Options)) { Kind = FormValueKind.Person };
    }

    /// <summary>The value as the site parses it: dates, instants and numbers in its regional settings, the rest as is.</summary>
    public string ToWire(RegionalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (FieldValue.Length == 0)
        {
            return FieldValue;
        }

        return Kind switch
        {
            FormValueKind.Date => settings.FormatDate(DateOnly.ParseExact(FieldValue, DateFormat, CultureInfo.InvariantCulture)),
            FormValueKind.DateTime => settings.FormatDateTime(DateTimeOffset.ParseExact(FieldValue, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)),
            FormValueKind.Number => settings.FormatNumber(double.Parse(FieldValue, NumberStyles.Float, CultureInfo.InvariantCulture)),
            FormValueKind.Text or FormValueKind.Boolean or FormValueKind.Person => FieldValue,
            _ => throw new InvalidOperationException($"The form value of {FieldName} has an unknown kind {Kind}."),
        };
    }
}

/// <summary>What a <see cref="FormValue"/> holds.</summary>
public enum FormValueKind
{
    /// <summary>Text (also a choice), written as is.</summary>
    Text = 0,

    /// <summary>A number, written with the site's decimal separator.</summary>
    Number,

    /// <summary>A boolean, <c>1</c>/<c>0</c>.</summary>
    Boolean,

    /// <summary>A date, written in the site's date format.</summary>
    Date,

    /// <summary>An instant, written as the site's wall-clock date and time.</summary>
    DateTime,

    /// <summary>A person, as a claims key.</summary>
    Person,
}
