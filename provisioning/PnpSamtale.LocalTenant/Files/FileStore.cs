using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Files;

/// <summary>The bytes of library documents, one per library item.</summary>
internal static class FileStore
{
    private const string Columns = "list_id, item_id, name, unique_id, modified, length(content) AS size";

    /// <summary>The file with the name in the library (case-insensitive), or null.</summary>
    public static FileRecord? Find(StoreSession session, Guid listId, string name) =>
        session.First($"SELECT {Columns} FROM files WHERE list_id = @list AND name = @name", Map, ("@list", StoreValues.Text(listId)), ("@name", name));

    /// <summary>The file of a library item, or null.</summary>
    public static FileRecord? ForItem(StoreSession session, Guid listId, int itemId) =>
        session.First($"SELECT {Columns} FROM files WHERE list_id = @list AND item_id = @item", Map, ("@list", StoreValues.Text(listId)), ("@item", itemId));

    /// <summary>The bytes of a library item's file, or null.</summary>
    public static byte[]? Content(StoreSession session, Guid listId, int itemId) =>
        session.First("SELECT content FROM files WHERE list_id = @list AND item_id = @item", r => (byte[])r["content"], ("@list", StoreValues.Text(listId)), ("@item", itemId));

    /// <summary>Stores (or replaces) the file of a library item.</summary>
    public static void Save(StoreSession session, FileRecord file, byte[] content) => session.Execute(
        """
        INSERT INTO files (list_id, item_id, name, unique_id, content, modified) VALUES (@list, @item, @name, @unique, @content, @modified)
        ON CONFLICT (list_id, item_id) DO UPDATE SET content = excluded.content, modified = excluded.modified
        """,
        ("@list", StoreValues.Text(file.ListId)),
        ("@item", file.ItemId),
        ("@name", file.Name),
        ("@unique", StoreValues.Text(file.UniqueId)),
        ("@content", content),
        ("@modified", StoreValues.Text(file.Modified)));

    private static FileRecord Map(SqliteDataReader r) =>
        new(r.GetGuid("list_id"), r.GetInt("item_id"), r.GetText("name"), r.GetGuid("unique_id"), r.GetTime("modified"), r.GetInt64(r.GetOrdinal("size")));
}

/// <summary>A library document: its item, name, unique id, last change and length.</summary>
internal sealed record FileRecord(Guid ListId, int ItemId, string Name, Guid UniqueId, DateTimeOffset Modified, long Length);
