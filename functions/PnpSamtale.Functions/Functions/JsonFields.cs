using System.Globalization;
using System.Text.Json;

namespace PnpSamtale.Functions.Functions;

/// <summary>Reading the fields of a JSON body or queue message the way a person writes them: names in any case, numbers as text.</summary>
internal static class JsonFields
{
    /// <summary>A property by name, ignoring case; <c>null</c> when absent or when <paramref name="value"/> is not an object.</summary>
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

    /// <summary>An ISO 8601 moment (no offset means UTC); <c>null</c> when absent or unreadable.</summary>
    public static DateTimeOffset? Moment(JsonElement? value) =>
        DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment : null;
}
