using Microsoft.Data.Sqlite;

namespace PnpSamtale.LocalTenant.Store;

/// <summary>
/// The tables of the local tenant, created when missing. Securable scopes are keyed by text: <c>web</c>,
/// <c>list:{listId}</c> and <c>item:{listId}:{itemId}</c>; users and groups share one principal id sequence per
/// site collection, as in SharePoint.
/// </summary>
internal static class Schema
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS sites (
            id TEXT PRIMARY KEY, web_id TEXT NOT NULL, name TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
            description TEXT NOT NULL, lcid INTEGER NOT NULL, template TEXT NOT NULL, status INTEGER NOT NULL,
            created TEXT NOT NULL, next_principal_id INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS directory_users (
            upn TEXT PRIMARY KEY COLLATE NOCASE, object_id TEXT NOT NULL, display_name TEXT NOT NULL,
            preferred_language TEXT);
        CREATE TABLE IF NOT EXISTS principals (
            site_id TEXT NOT NULL, id INTEGER NOT NULL, principal_type INTEGER NOT NULL,
            login_name TEXT NOT NULL COLLATE NOCASE, title TEXT NOT NULL COLLATE NOCASE, email TEXT NOT NULL, upn TEXT,
            is_site_admin INTEGER NOT NULL, description TEXT, owner_title TEXT,
            PRIMARY KEY (site_id, id), UNIQUE (site_id, login_name));
        CREATE TABLE IF NOT EXISTS group_members (
            site_id TEXT NOT NULL, group_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
            PRIMARY KEY (site_id, group_id, user_id));
        CREATE TABLE IF NOT EXISTS role_definitions (
            site_id TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
            role_type_kind INTEGER NOT NULL, hidden INTEGER NOT NULL, sort_order INTEGER NOT NULL,
            high INTEGER NOT NULL, low INTEGER NOT NULL, PRIMARY KEY (site_id, id));
        CREATE TABLE IF NOT EXISTS role_assignments (
            site_id TEXT NOT NULL, scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_definition_id INTEGER NOT NULL,
            PRIMARY KEY (site_id, scope, principal_id, role_definition_id));
        CREATE TABLE IF NOT EXISTS lists (
            id TEXT PRIMARY KEY, site_id TEXT NOT NULL, title TEXT NOT NULL COLLATE NOCASE,
            url_name TEXT NOT NULL COLLATE NOCASE, base_template INTEGER NOT NULL, has_unique INTEGER NOT NULL,
            created TEXT NOT NULL, next_item_id INTEGER NOT NULL,
            UNIQUE (site_id, title), UNIQUE (site_id, url_name));
        CREATE TABLE IF NOT EXISTS fields (
            list_id TEXT NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE, title TEXT NOT NULL,
            type_as_string TEXT NOT NULL, indexed INTEGER NOT NULL, required INTEGER NOT NULL,
            enforce_unique INTEGER NOT NULL, choices TEXT, built_in INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            custom_formatter TEXT, PRIMARY KEY (list_id, internal_name));
        CREATE TABLE IF NOT EXISTS views (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, list_id TEXT NOT NULL, title TEXT NOT NULL,
            view_fields TEXT NOT NULL, view_query TEXT NOT NULL, row_limit INTEGER NOT NULL, default_view INTEGER NOT NULL,
            personal_view INTEGER NOT NULL, url_name TEXT NOT NULL COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS items (
            list_id TEXT NOT NULL, id INTEGER NOT NULL, field_values TEXT NOT NULL, version INTEGER NOT NULL,
            created TEXT NOT NULL, modified TEXT NOT NULL, author_id INTEGER NOT NULL, editor_id INTEGER NOT NULL,
            has_unique INTEGER NOT NULL, PRIMARY KEY (list_id, id));
        CREATE TABLE IF NOT EXISTS item_versions (
            list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, field_values TEXT NOT NULL,
            created TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version));
        CREATE TABLE IF NOT EXISTS files (
            list_id TEXT NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, unique_id TEXT NOT NULL,
            content BLOB NOT NULL, modified TEXT NOT NULL, PRIMARY KEY (list_id, item_id), UNIQUE (list_id, name));
        CREATE TABLE IF NOT EXISTS recycle_bin (
            id TEXT PRIMARY KEY, site_id TEXT NOT NULL, stage INTEGER NOT NULL, item_type INTEGER NOT NULL,
            leaf_name TEXT NOT NULL, dir_name TEXT NOT NULL, title TEXT NOT NULL, deleted_date TEXT NOT NULL,
            deleted_by_email TEXT NOT NULL, deleted_by_name TEXT NOT NULL, author_email TEXT NOT NULL,
            author_name TEXT NOT NULL, size INTEGER NOT NULL, list_id TEXT NOT NULL, item_id INTEGER NOT NULL,
            snapshot TEXT NOT NULL, content BLOB);
        CREATE TABLE IF NOT EXISTS outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, sent_at TEXT NOT NULL, sender TEXT NOT NULL,
            recipients TEXT NOT NULL, cc TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS mail_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, mailbox TEXT NOT NULL COLLATE NOCASE,
            folder TEXT NOT NULL, generation INTEGER NOT NULL, created TEXT NOT NULL, sent TEXT, visible_from TEXT,
            subject TEXT NOT NULL, content_type TEXT NOT NULL, content TEXT NOT NULL, recipients TEXT NOT NULL,
            cc TEXT NOT NULL, properties TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS mail_messages_by_folder ON mail_messages (mailbox, folder);
        CREATE TABLE IF NOT EXISTS mail_attachments (
            message_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, content_type TEXT NOT NULL,
            content BLOB NOT NULL, PRIMARY KEY (message_id, position));
        CREATE TABLE IF NOT EXISTS request_counts (endpoint TEXT PRIMARY KEY, count INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS unique_values (
            list_id TEXT NOT NULL, field TEXT NOT NULL COLLATE NOCASE, value TEXT NOT NULL COLLATE NOCASE,
            item_id INTEGER NOT NULL, PRIMARY KEY (list_id, field, value));
        CREATE INDEX IF NOT EXISTS unique_values_by_item ON unique_values (list_id, item_id);
        """;

    // Columns added to existing tables after a data directory may have been created: added when missing, so a store
    // written by an older local tenant opens as it is (the new values start out empty).
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("fields", "custom_formatter", "TEXT"),
        ("fields", "date_only", "INTEGER NOT NULL DEFAULT 0"),
        ("sites", "time_zone_id", "INTEGER NOT NULL DEFAULT 4"),
        ("item_versions", "editor_id", "INTEGER NOT NULL DEFAULT 0"),
        ("items", "fs_obj_type", "INTEGER NOT NULL DEFAULT 0"),
        ("items", "folder_id", "INTEGER NOT NULL DEFAULT 0"),
        ("lists", "enable_folder_creation", "INTEGER NOT NULL DEFAULT 0"),
    ];

    // Indexes over added columns, created once the columns exist. A folder is found by name inside its parent with one
    // lookup, however many folders (one per conversation) the list holds.
    private const string AddedIndexes = """
        CREATE INDEX IF NOT EXISTS folders_by_name
            ON items (list_id, folder_id, json_extract(field_values, '$.FileLeafRef') COLLATE NOCASE) WHERE fs_obj_type = 1;
        """;

    /// <summary>Creates the tables that do not exist yet and adds the columns an older store lacks.</summary>
    /// <returns>Whether the store held items before the unique-value index existed (it must then be rebuilt).</returns>
    public static bool Create(SqliteConnection connection, bool inMemory)
    {
        var needsUniqueIndex = HasTable(connection, "items") && !HasTable(connection, "unique_values");
        using (var command = connection.CreateCommand())
        {
            command.CommandText = (inMemory ? string.Empty : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; ") + Tables;
            command.ExecuteNonQuery();
        }

        foreach (var (table, column, definition) in AddedColumns)
        {
            if (!HasColumn(connection, table, column))
            {
                using var alter = connection.CreateCommand();
                alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
                alter.ExecuteNonQuery();
            }
        }

        using (var indexes = connection.CreateCommand())
        {
            indexes.CommandText = AddedIndexes;
            indexes.ExecuteNonQuery();
        }

        return needsUniqueIndex;
    }

    private static bool HasTable(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";
        command.Parameters.AddWithValue("@table", table);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = @column";
        command.Parameters.AddWithValue("@column", column);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
