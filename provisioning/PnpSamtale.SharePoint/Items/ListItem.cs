using System.Globalization;
using System.Text.Json;
using PnpSamtale.SharePoint.Permissions;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// An item as SharePoint REST returns it: flat fields. Person fields come as <c>{Name}Id</c> (the site user id),
/// booleans as <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-ddTHH:mm:ssZ</c>.
/// </summary>
/// <param name="Id">The item id.</param>
/// <param name="Values">Every property returned, by name (expanded ones included, as JSON).</param>
public sealed record ListItem(int Id, IReadOnlyDictionary<string, JsonElement> Values)
{
    /// <summary>
    /// The role assignments that apply to the item, when it was read with <see cref="ItemQuery.RoleAssignmentsExpansion"/>
    /// (<c>RoleAssignments/Member</c> and <c>RoleAssignments/RoleDefinitionBindings</c>); <c>null</c> otherwise. With
    /// <c>RoleAssignments</c> alone the entries hold ids only: read them from <see cref="Values"/>.
    /// </summary>
    public IReadOnlyList<RoleAssignment>? RoleAssignments { get; init; }

    /// <summary>
    /// Whether the item is a folder, when read with <c>FSObjType</c> (<c>"1"</c>), <c>FileSystemObjectType</c> (1) or
    /// <c>ContentTypeId</c> (starting <c>0x0120</c>).
    /// </summary>
    public bool IsFolder =>
        GetInt32("FSObjType") == 1 || GetInt32("FileSystemObjectType") == 1
        || GetString("ContentTypeId")?.StartsWith("0x0120", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The server-relative URL of the folder the item is in (<c>FileDirRef</c>, when read), e.g. <c>/sites/x/Lists/Tiltak/samtale-17</c>.</summary>
    public string? FileDirRef => GetString("FileDirRef");

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

    /// <summary>Reads one item object of a SharePoint answer (a single item, or an element of <c>value</c>).</summary>
    /// <exception cref="JsonException">The object has no numeric <c>Id</c>, or its expanded role assignments are malformed.</exception>
    public static ListItem FromJson(JsonElement item)
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
        var assignments = values.TryGetValue("RoleAssignments", out var expanded) && RoleAssignmentJson.IsFullyExpanded(expanded)
            ? RoleAssignmentJson.Read(expanded)
            : null;
        return new ListItem(id, values) { RoleAssignments = assignments };
    }
}
