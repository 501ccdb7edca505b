using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Parses a <c>FieldValue</c> as <c>ValidateUpdateListItem</c> does: numbers invariant, booleans <c>1</c>/<c>0</c>,
/// dates <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd HH:mm:ss</c> (taken as UTC: the local tenant's regional time zone),
/// people <c>[{"Key":"i:0#.f|membership|{upn}"}]</c>. An empty value clears the field.
/// </summary>
internal static class FieldValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>The stored value of <paramref name="text"/> for <paramref name="field"/>, or an error message.</summary>
    public static ParsedValue Parse(FieldDefinition field, string? text)
    {
        if (string.IsNullOrEmpty(text) || (field.TypeAsString == FieldTypes.User && text.Trim() == "[]"))
        {
            return field.Required ? ParsedValue.Fail("You must specify a value for this required field.") : ParsedValue.Ok(null);
        }

        return field.TypeAsString switch
        {
            FieldTypes.Text when text.Length > 255 => ParsedValue.Fail("The value of this field is too long; the maximum is 255 characters."),
            FieldTypes.Text or FieldTypes.Note => ParsedValue.Ok(JsonValue.Create(text)),
            FieldTypes.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? ParsedValue.Ok(JsonValue.Create(number))
                : ParsedValue.Fail("Invalid number value. A number field contains invalid data. Please check the value and try again."),
            FieldTypes.Boolean => ParseBoolean(text),
            FieldTypes.DateTime => DateTimeOffset.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                ? ParsedValue.Ok(JsonValue.Create(StoreValues.Text(date)))
                : ParsedValue.Fail("Invalid date/time value. A date/time field contains invalid data. Please check the value and try again."),
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
