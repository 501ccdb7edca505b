using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>Items and their versions in the database.</summary>
internal static class ItemStore
{
    private const string Columns = "list_id, id, field_values, version, created, modified, author_id, editor_id, has_unique, fs_obj_type, folder_id";

    /// <summary>The item (with the folders it is in, read one by one up the chain), or null.</summary>
    public static ItemRecord? Find(StoreSession session, Guid listId, int id) =>
        session.First($"SELECT {Columns} FROM items WHERE list_id = @list AND id = @id", Map, List(listId), ("@id", id)) is { } item
            ? item.FolderId == 0 || item.FolderId == id ? item : item with { Folder = Find(session, listId, item.FolderId) }
            : null;

    /// <summary>Every item of the list, folders included, in id order, each with the folders it is in.</summary>
    public static List<ItemRecord> All(StoreSession session, Guid listId) =>
        ItemFolders.Attach(session.Query($"SELECT {Columns} FROM items WHERE list_id = @list ORDER BY id", Map, List(listId)));

    /// <summary>The items of the list with unique permissions, each with the folders it is in.</summary>
    public static List<ItemRecord> WithUniquePermissions(StoreSession session, Guid listId) =>
        ItemFolders.Attach(session, listId, session.Query($"SELECT {Columns} FROM items WHERE list_id = @list AND has_unique = 1 ORDER BY id", Map, List(listId)));

    /// <summary>The folders of the list (without their own folders attached).</summary>
    public static List<ItemRecord> Folders(StoreSession session, Guid listId) =>
        session.Query($"SELECT {Columns} FROM items WHERE list_id = @list AND fs_obj_type = 1 ORDER BY id", Map, List(listId));

    /// <summary>The items directly in a folder, folders included.</summary>
    public static List<ItemRecord> InFolder(StoreSession session, Guid listId, int folderId) =>
        session.Query($"SELECT {Columns} FROM items WHERE list_id = @list AND folder_id = @folder ORDER BY id", Map, List(listId), ("@folder", folderId));

    /// <summary>Adds an item (and its first version).</summary>
    public static void Insert(StoreSession session, ItemRecord item)
    {
        session.Execute(
            $"INSERT INTO items ({Columns}) VALUES (@list, @id, @values, @version, @created, @modified, @author, @editor, @unique, @folderType, @folder)",
            List(item.ListId),
            ("@id", item.Id),
            ("@values", Serialize(item.Values)),
            ("@version", item.Version),
            ("@created", StoreValues.Text(item.Created)),
            ("@modified", StoreValues.Text(item.Modified)),
            ("@author", item.AuthorId),
            ("@editor", item.EditorId),
            ("@unique", item.HasUnique ? 1 : 0),
            ("@folderType", item.IsFolder ? 1 : 0),
            ("@folder", item.FolderId));
        AddVersion(session, item);
        UniqueValues.Record(session, item.ListId, item.Id, item.Values);
    }

    /// <summary>Stores new values as a new version.</summary>
    public static ItemRecord Update(StoreSession session, ItemRecord item, JsonObject values, int editorId)
    {
        var updated = item with { Values = values, Version = item.Version + 1, Modified = session.Now, EditorId = editorId };
        session.Execute(
            "UPDATE items SET field_values = @values, version = @version, modified = @modified, editor_id = @editor WHERE list_id = @list AND id = @id",
            List(item.ListId),
            ("@id", item.Id),
            ("@values", Serialize(updated.Values)),
            ("@version", updated.Version),
            ("@modified", StoreValues.Text(updated.Modified)),
            ("@editor", editorId));
        AddVersion(session, updated);
        UniqueValues.Record(session, item.ListId, item.Id, updated.Values);
        return updated;
    }

    /// <summary>Sets whether the item has unique permissions.</summary>
    public static void SetUnique(StoreSession session, Guid listId, int id, bool unique) =>
        session.Execute("UPDATE items SET has_unique = @unique WHERE list_id = @list AND id = @id", List(listId), ("@id", id), ("@unique", unique ? 1 : 0));

    /// <summary>Removes an item with its versions, file and role assignments; a folder with everything in it.</summary>
    public static void Delete(StoreSession session, Guid siteId, ItemRecord item)
    {
        if (item.IsFolder)
        {
            foreach (var child in InFolder(session, item.ListId, item.Id))
            {
                Delete(session, siteId, child with { Folder = item });
            }
        }

        foreach (var table in new[] { "items", "item_versions", "files" })
        {
            var key = table == "items" ? "id" : "item_id";
            session.Execute($"DELETE FROM {table} WHERE list_id = @list AND {key} = @id", List(item.ListId), ("@id", item.Id));
        }

        UniqueValues.Forget(session, item.ListId, item.Id);

        session.Execute(
            "DELETE FROM role_assignments WHERE site_id = @site AND scope = @scope",
            ("@site", StoreValues.Text(siteId)),
            ("@scope", $"item:{StoreValues.Text(item.ListId)}:{item.Id}"));
    }

    /// <summary>The versions of an item, newest first, each with the user who made it.</summary>
    public static List<ItemVersion> Versions(StoreSession session, Guid listId, int id) => session.Query(
        "SELECT version, field_values, created, editor_id FROM item_versions WHERE list_id = @list AND item_id = @id ORDER BY version DESC",
        r => new ItemVersion(r.GetInt("version"), Parse(r.GetText("field_values")), r.GetTime("created"), r.GetInt("editor_id")),
        List(listId),
        ("@id", id));

    /// <summary>Serializes stored values.</summary>
    public static string Serialize(JsonObject values) => values.ToJsonString(WireJson.Options);

    /// <summary>Parses stored values.</summary>
    public static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? throw new JsonException("Stored item values are not an object.");

    // Each version keeps who made it: the converger reads, version by version, who set a column.
    private static void AddVersion(StoreSession session, ItemRecord item) => session.Execute(
        "INSERT OR REPLACE INTO item_versions (list_id, item_id, version, field_values, created, editor_id) VALUES (@list, @id, @version, @values, @created, @editor)",
        List(item.ListId),
        ("@id", item.Id),
        ("@version", item.Version),
        ("@values", Serialize(item.Values)),
        ("@created", StoreValues.Text(item.Modified)),
        ("@editor", item.EditorId));

    private static (string, object?) List(Guid listId) => ("@list", StoreValues.Text(listId));

    private static ItemRecord Map(SqliteDataReader r) => new(
        r.GetGuid("list_id"), r.GetInt("id"), Parse(r.GetText("field_values")), r.GetInt("version"), r.GetTime("created"),
        r.GetTime("modified"), r.GetInt("author_id"), r.GetInt("editor_id"), r.GetFlag("has_unique"))
    {
        IsFolder = r.GetInt("fs_obj_type") == 1,
        FolderId = r.GetInt("folder_id"),
    };
}

/// <summary>
/// A stored version of an item: its number, the values it had, when and by whom it was made (0 in a store written
/// before versions kept their editor).
/// </summary>
internal sealed record ItemVersion(int Version, JsonObject Values, DateTimeOffset Created, int EditorId);
