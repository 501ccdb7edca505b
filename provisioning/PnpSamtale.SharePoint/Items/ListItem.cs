using System.Globalization;
using System.Text.Json;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// An item as SharePoint REST returns it: flat fields. Person fields come as <c>{Name}Id</c> (the site user id),
/// booleans as <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-ddTHH:mm:ssZ</c>.
/// </summary>
/// <param name="Id">The item id.</param>
/// <param name="Values">Every field returned, by internal name.</param>
public sealed record ListItem(int Id, IReadOnlyDictionary<string, JsonElement> Values)
{
    /// <summary>A text field, or <c>null</c> when absent or empty.</summary>
    public string? GetString(string field) =>
        Values.TryGetValue(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    /// <summary>An integer field (e.g. a person field's <c>{Name}Id</c>), or <c>null</c>.</summary>
    public int? GetInt32(string field) =>
        GetString(field) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A boolean field, or <c>null</c>.</summary>
    public bool? GetBoolean(string field) =>
        Values.TryGetValue(field, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    /// <summary>A date field, or <c>null</c>.</summary>
    public DateTimeOffset? GetDateTime(string field) =>
        GetString(field) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>Reads one item object.</summary>
    internal static ListItem FromJson(JsonElement item)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in item.EnumerateObject())
        {
            values[property.Name] = property.Value.Clone();
        }

        // "Id" and "ID" are both on the wire; the dictionary is case-insensitive.
        var id = values.TryGetValue("Id", out var idValue) && idValue.TryGetInt32(out var number)
            ? number
            : throw new JsonException("A list item in the response has no numeric Id.");
        return new ListItem(id, values);
    }
}
