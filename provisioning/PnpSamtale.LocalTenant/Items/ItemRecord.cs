using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// A list item: its stored field values (keyed by internal name; text as strings, numbers as numbers, booleans as
/// booleans, dates as <c>yyyy-MM-ddTHH:mm:ssZ</c>, people as site user ids) and its system properties.
/// </summary>
internal sealed record ItemRecord(Guid ListId, int Id, JsonObject Values, int Version, DateTimeOffset Created, DateTimeOffset Modified, int AuthorId, int EditorId, bool HasUnique)
{
    /// <summary>The Title value, or null.</summary>
    public string? Title => Values["Title"]?.GetValue<string>();

    /// <summary>The file name of a library item, or null.</summary>
    public string? FileName => Values["FileLeafRef"]?.GetValue<string>();
}
