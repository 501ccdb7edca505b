using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// A list item: its stored field values (keyed by internal name; text as strings, numbers as numbers, booleans as
/// booleans, dates as <c>yyyy-MM-ddTHH:mm:ssZ</c>, people as site user ids) and its system properties.
/// </summary>
internal sealed record ItemRecord(Guid ListId, int Id, JsonObject Values, int Version, DateTimeOffset Created, DateTimeOffset Modified, int AuthorId, int EditorId, bool HasUnique)
{
    /// <summary>Whether the item is a folder (<c>FSObjType</c> 1): an item whose name is <c>FileLeafRef</c>, holding other items.</summary>
    public bool IsFolder { get; init; }

    /// <summary>The id of the folder the item is in; 0 for the list's root folder.</summary>
    public int FolderId { get; init; }

    /// <summary>
    /// The folder the item is in (with its own folder, and so on up), or null in the root folder: an item that
    /// inherits its permissions inherits them from here before the list.
    /// </summary>
    public ItemRecord? Folder { get; init; }

    /// <summary>The Title value, or null.</summary>
    public string? Title => Values["Title"]?.GetValue<string>();

    /// <summary>The file name of a library item, or null.</summary>
    public string? FileName => Values["FileLeafRef"]?.GetValue<string>();
}
