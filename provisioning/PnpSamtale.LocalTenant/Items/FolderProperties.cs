using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Folders;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The properties that place an item in its list's folders, selectable (and filterable) on every item:
/// <c>FileDirRef</c> (the server-relative URL of the folder it is in), <c>FileRef</c> (its own URL), <c>FileLeafRef</c>
/// (its name: a folder's or file's, <c>{id}_.000</c> for a list item), <c>FSObjType</c> (<c>"1"</c> for a folder,
/// <c>"0"</c> otherwise, as SharePoint writes this lookup), <c>FileSystemObjectType</c> (the same as a number) and
/// <c>ContentTypeId</c> (a folder's starts with <c>0x0120</c>, an item's with <c>0x0100</c>).
/// </summary>
internal static class FolderProperties
{
    /// <summary>The property, or null when <paramref name="name"/> is none of these.</summary>
    public static ItemProperty? Resolve(string name) => name.ToUpperInvariant() switch
    {
        "FILEDIRREF" => new ItemProperty("FileDirRef", FilterValueKind.Text, false, DirRef),
        "FILEREF" => new ItemProperty("FileRef", FilterValueKind.Text, false, item => DirRef(item) is JsonValue dir ? dir.GetValue<string>() + "/" + FolderPaths.LeafName(item) : null),
        "FILELEAFREF" => new ItemProperty("FileLeafRef", FilterValueKind.Text, false, item => FolderPaths.LeafName(item)),
        "FSOBJTYPE" => new ItemProperty("FSObjType", FilterValueKind.Text, false, item => item.IsFolder ? "1" : "0"),
        "FILESYSTEMOBJECTTYPE" => new ItemProperty("FileSystemObjectType", FilterValueKind.Number, false, item => item.IsFolder ? 1 : 0),
        "CONTENTTYPEID" => new ItemProperty("ContentTypeId", FilterValueKind.Text, false, item => ContentTypeId(item)),
        _ => null,
    };

    /// <summary>A folder's content type id (<c>0x0120</c> and a list-specific suffix) or an item's (<c>0x0100</c> and one).</summary>
    public static string ContentTypeId(ItemRecord item) =>
        (item.IsFolder ? "0x012000" : "0x0100") + item.ListId.ToString("N").ToUpperInvariant();

    private static JsonNode? DirRef(ItemRecord item) => item.Values[ItemPlacement.DirField]?.DeepClone();
}
