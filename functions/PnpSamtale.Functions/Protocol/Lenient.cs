using System.Globalization;
using System.Text.Json;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// Reading what the Functions host writes, which is not always what its documentation shows: values that are not
/// objects arrive JSON-encoded inside a string (sometimes twice), numbers as strings, and dates in several shapes.
/// </summary>
internal static class Lenient
{
    private const int MaxUnwrap = 3;

    /// <summary>The value with any JSON-in-a-string layers removed (a plain string stays a string).</summary>
    public static JsonElement Unwrap(JsonElement value)
    {
        for (var layer = 0; layer < MaxUnwrap && value.ValueKind == JsonValueKind.String; layer++)
        {
            var text = value.GetString()!.Trim();
            if (text.Length == 0 || (text[0] != '{' && text[0] != '[' && text[0] != '"'))
            {
                return value;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                value = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return value;
            }
        }

        return value;
    }

    /// <summary>A property by name, ignoring case (the host's serializer is case-insensitive too).</summary>
    public static JsonElement? Property(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A string, number or boolean as text; <c>null</c> for anything else.</summary>
    public static string? Text(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>A whole number written as a number or as a string.</summary>
    public static int? Integer(JsonElement? value) =>
        int.TryParse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// A moment, from ISO 8601 with or without an offset (none means UTC, as on Azure's hosts) or the host's
    /// culture-invariant <c>M/d/yyyy h:mm:ss tt</c>. The "never" of a fresh schedule (year 1) and anything unreadable
    /// give <c>null</c>: unknown.
    /// </summary>
    public static DateTimeOffset? Moment(JsonElement? value)
    {
        var text = Text(value);
        if (string.IsNullOrWhiteSpace(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            return null;
        }

        return moment.Year <= 1 ? null : moment;
    }
}
