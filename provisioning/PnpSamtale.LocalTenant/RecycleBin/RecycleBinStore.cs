using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.RecycleBin;

/// <summary>Recycle bin entries in the database.</summary>
internal static class RecycleBinStore
{
    private const string Columns = "id, site_id, stage, item_type, leaf_name, dir_name, title, deleted_date, deleted_by_email, deleted_by_name, author_email, author_name, size";

    /// <summary>Adds an entry with its restorable snapshot and file bytes.</summary>
    public static void Insert(StoreSession session, RecycleBinEntry entry, Guid listId, int itemId, string snapshot, byte[]? content) => session.Execute(
        $"INSERT INTO recycle_bin ({Columns}, list_id, item_id, snapshot, content) VALUES (@id, @site, @stage, @type, @leaf, @dir, @title, @deleted, @byEmail, @byName, @authorEmail, @authorName, @size, @list, @item, @snapshot, @content)",
        ("@id", StoreValues.Text(entry.Id)),
        ("@site", StoreValues.Text(entry.SiteId)),
        ("@stage", entry.Stage),
        ("@type", entry.ItemType),
        ("@leaf", entry.LeafName),
        ("@dir", entry.DirName),
        ("@title", entry.Title),
        ("@deleted", StoreValues.Text(entry.DeletedDate)),
        ("@byEmail", entry.DeletedByEmail),
        ("@byName", entry.DeletedByName),
        ("@authorEmail", entry.AuthorEmail),
        ("@authorName", entry.AuthorName),
        ("@size", entry.Size),
        ("@list", StoreValues.Text(listId)),
        ("@item", itemId),
        ("@snapshot", snapshot),
        ("@content", content));

    /// <summary>The entries of a site in the given stages, by deletion time.</summary>
    public static List<RecycleBinEntry> All(StoreSession session, Guid siteId, int maxStage) => session.Query(
        $"SELECT {Columns} FROM recycle_bin WHERE site_id = @site AND stage <= @stage ORDER BY deleted_date, rowid",
        Map,
        ("@site", StoreValues.Text(siteId)),
        ("@stage", maxStage));

    /// <summary>The entry with the id in the site, or null.</summary>
    public static RecycleBinEntry? Find(StoreSession session, Guid siteId, Guid id) => session.First(
        $"SELECT {Columns} FROM recycle_bin WHERE site_id = @site AND id = @id",
        Map,
        ("@site", StoreValues.Text(siteId)),
        ("@id", StoreValues.Text(id)));

    /// <summary>Moves an entry to another stage.</summary>
    public static void SetStage(StoreSession session, Guid id, int stage) =>
        session.Execute("UPDATE recycle_bin SET stage = @stage WHERE id = @id", ("@stage", stage), ("@id", StoreValues.Text(id)));

    /// <summary>Deletes an entry and its data for good; false when it did not exist.</summary>
    public static bool Delete(StoreSession session, Guid siteId, Guid id) =>
        session.Execute("DELETE FROM recycle_bin WHERE site_id = @site AND id = @id", ("@site", StoreValues.Text(siteId)), ("@id", StoreValues.Text(id))) > 0;

    private static RecycleBinEntry Map(SqliteDataReader r) => new(
        r.GetGuid("id"), r.GetGuid("site_id"), r.GetInt("stage"), r.GetInt("item_type"), r.GetText("leaf_name"), r.GetText("dir_name"),
        r.GetText("title"), r.GetTime("deleted_date"), r.GetText("deleted_by_email"), r.GetText("deleted_by_name"),
        r.GetText("author_email"), r.GetText("author_name"), r.GetInt64(r.GetOrdinal("size")));
}
