using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Files;
using PnpSamtale.LocalTenant.Folders;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Renaming a document or a folder through <c>ValidateUpdateListItem</c> with <c>FileLeafRef</c>, as SharePoint Online
/// lets anyone who may edit the item do (the browser's Rename does the same): the name is checked like a new one
/// (characters SharePoint refuses, a name the folder already has, case-insensitive) and, when taken, the file is renamed
/// and — for a folder — everything in it gets the folder's new URL as its <c>FileDirRef</c>. A list item that is not a
/// document or folder has no name of its own to change: its <c>FileLeafRef</c> stays read-only.
/// </summary>
internal static class ItemRename
{
    private const string LeafField = "FileLeafRef";

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("\"*:<>?/\\|#%");

    /// <summary>Whether <paramref name="field"/> names the item's name.</summary>
    public static bool IsName(string field) => field.Equals(LeafField, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the item has a name that can be changed (a document or a folder).</summary>
    public static bool CanRename(Securable target) => target.Item is { } item && (item.IsFolder || target.List!.IsLibrary);

    /// <summary>Why <paramref name="name"/> cannot be the item's new name (and the error code), or <c>null</c> when it can.</summary>
    public static (string Message, int Code)? Refusal(StoreSession session, Securable target, string? name)
    {
        var item = target.Item!;
        var list = target.List!;
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.AsSpan().IndexOfAny(Forbidden) >= 0 || trimmed.EndsWith('.'))
        {
            return ("The file or folder name contains characters that are not allowed.", FieldValues.InvalidValueCode);
        }

        var folder = FolderLookup.Child(session, list.Id, item.FolderId, trimmed);
        var file = item.IsFolder ? null : FileStore.Find(session, list.Id, trimmed);
        var takenBy = folder?.Id ?? file?.ItemId;
        return takenBy is { } other && other != item.Id
            ? ($"A file or folder with the name {FolderPaths.Url(target.Site, list, item.Folder)}/{trimmed} already exists.", FolderCreation.NameTakenCode)
            : null;
    }

    /// <summary>Gives the item its new name in <paramref name="values"/>, and the file or the folder's contents theirs.</summary>
    public static void Apply(StoreSession session, Securable target, JsonObject values, string name)
    {
        var item = target.Item!;
        var list = target.List!;
        var oldUrl = FolderPaths.Url(target.Site, list, item);
        values[LeafField] = name.Trim();
        if (!item.IsFolder)
        {
            session.Execute(
                "UPDATE files SET name = @name WHERE list_id = @list AND item_id = @item",
                ("@name", name.Trim()), ("@list", StoreValues.Text(list.Id)), ("@item", item.Id));
            return;
        }

        var newUrl = FolderPaths.Url(target.Site, list, item.Folder) + "/" + name.Trim();
        session.Execute(
            """
            UPDATE items SET field_values = json_set(field_values, '$.FileDirRef', @new || substr(json_extract(field_values, '$.FileDirRef'), @length + 1))
            WHERE list_id = @list AND (json_extract(field_values, '$.FileDirRef') = @old OR json_extract(field_values, '$.FileDirRef') LIKE @prefix)
            """,
            ("@new", newUrl), ("@length", oldUrl.Length), ("@list", StoreValues.Text(list.Id)), ("@old", oldUrl), ("@prefix", oldUrl + "/%"));
    }
}
