using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Parses a <c>FieldValue</c> as <c>ValidateUpdateListItem</c> does, in the site's regional settings
/// (<see cref="SiteRegion"/>): numbers with the site's decimal separator, dates and times in the site's format and
/// time zone (an ISO date is refused, as on a Dutch site), a date-only column stored as local midnight; booleans
/// <c>1</c>/<c>0</c>, people <c>[{"Key":"i:0#.f|membership|{upn}"}]</c>. An empty value clears the field.
/// </summary>
internal static class FieldValues
{
    /// <summary>The <c>ErrorCode</c> SharePoint gives a value that does not parse (an <c>SPException</c>).</summary>
    public const int InvalidValueCode = -2146232832;

    /// <summary>The stored value of <paramref name="text"/> for <paramref name="field"/>, or an error message.</summary>
    public static ParsedValue Parse(FieldDefinition field, string? text, SiteRegion region)
    {
        if (string.IsNullOrEmpty(text) || (field.TypeAsString == FieldTypes.User && text.Trim() == "[]"))
        {
            return field.Required ? ParsedValue.Fail("You must specify a value for this required field.") : ParsedValue.Ok(null);
        }

        return field.TypeAsString switch
        {
            FieldTypes.Text when text.Length > 255 => ParsedValue.Fail("The value of this field is too long; the maximum is 255 characters."),
            FieldTypes.Text or FieldTypes.Note => ParsedValue.Ok(JsonValue.Create(text)),
            FieldTypes.Number => region.Locale.ParseNumber(text) is { } number
                ? ParsedValue.Ok(JsonValue.Create(number))
                : ParsedValue.Fail("Invalid number value. A number field contains invalid data. Please check the value and try again."),
            FieldTypes.Boolean => ParseBoolean(text),
            FieldTypes.DateTime => region.ParseDate(text, field.DateOnly) is { } date
                ? ParsedValue.Ok(JsonValue.Create(StoreValues.Text(date)))
                : ParsedValue.Fail(region.Locale.DateError(field.DateOnly)),
            FieldTypes.Choice => field.Choices.Contains(text, StringComparer.Ordinal)
                ? ParsedValue.Ok(JsonValue.Create(text))
                : ParsedValue.Fail($"Invalid choice value '{text}'. The value must be one of the choices of the column."),
            FieldTypes.User => ParseUser(text),
            _ => ParsedValue.Fail("The field is read-only."),
        };
    }

    private static ParsedValue ParseBoolean(string text) => text.Trim().ToUpperInvariant() switch
    {
        "1" or "TRUE" or "YES" => ParsedValue.Ok(JsonValue.Create(true)),
        "0" or "FALSE" or "NO" => ParsedValue.Ok(JsonValue.Create(false)),
        _ => ParsedValue.Fail("Invalid Yes/No value. A Yes/No field contains invalid data. Please check the value and try again."),
    };

    private static ParsedValue ParseUser(string text)
    {
        try
        {
            var keys = JsonNode.Parse(text) is JsonArray array
                ? array.Select(e => (e as JsonObject)?["Key"]?.GetValue<string>()).ToList()
                : [];
            return keys.Count == 1 && !string.IsNullOrWhiteSpace(keys[0])
                ? new ParsedValue(null, null, keys[0])
                : ParsedValue.Fail("The user does not exist or is not unique.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ParsedValue.Fail("The user does not exist or is not unique.");
        }
    }
}

/// <summary>A parsed field value: the stored value, or an error, or (for people) the login still to resolve.</summary>
internal readonly record struct ParsedValue(JsonNode? Value, string? Error, string? Login)
{
    /// <summary>A value to store (null clears the field).</summary>
    public static ParsedValue Ok(JsonNode? value) => new(value, null, null);

    /// <summary>A value that does not parse.</summary>
    public static ParsedValue Fail(string error) => new(null, error, null);
}
