using System.Text.Json;
using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>Lists and their fields in the database.</summary>
internal static class ListStore
{
    private const string Columns = "id, site_id, title, url_name, base_template, has_unique, created, enable_folder_creation";
    private const string FieldColumns = "internal_name, title, type_as_string, indexed, required, enforce_unique, choices, built_in, date_only";
    private const string FieldReadColumns = FieldColumns + ", custom_formatter";

    /// <summary>The list with the id in the site, or null.</summary>
    public static ListRecord? Find(StoreSession session, Guid siteId, Guid listId) =>
        session.First($"SELECT {Columns} FROM lists WHERE site_id = @site AND id = @id", Map, ("@site", StoreValues.Text(siteId)), ("@id", StoreValues.Text(listId)));

    /// <summary>The list with the title (case-insensitive), or null.</summary>
    public static ListRecord? FindByTitle(StoreSession session, Guid siteId, string title) =>
        session.First($"SELECT {Columns} FROM lists WHERE site_id = @site AND title = @title", Map, ("@site", StoreValues.Text(siteId)), ("@title", title));

    /// <summary>The list with the URL name (case-insensitive), or null.</summary>
    public static ListRecord? FindByUrlName(StoreSession session, Guid siteId, string urlName) =>
        session.First($"SELECT {Columns} FROM lists WHERE site_id = @site AND url_name = @url", Map, ("@site", StoreValues.Text(siteId)), ("@url", urlName));

    /// <summary>The lists of a site, by creation.</summary>
    public static List<ListRecord> All(StoreSession session, Guid siteId) =>
        session.Query($"SELECT {Columns} FROM lists WHERE site_id = @site ORDER BY created, title", Map, ("@site", StoreValues.Text(siteId)));

    /// <summary>Adds a list with its built-in fields plus <paramref name="fields"/>.</summary>
    public static void Insert(StoreSession session, ListRecord list, IEnumerable<FieldDefinition> fields)
    {
        session.Execute(
            $"INSERT INTO lists ({Columns}, next_item_id) VALUES (@id, @site, @title, @url, @template, 0, @created, 0, 1)",
            ("@id", StoreValues.Text(list.Id)),
            ("@site", StoreValues.Text(list.SiteId)),
            ("@title", list.Title),
            ("@url", list.UrlName),
            ("@template", list.BaseTemplate),
            ("@created", StoreValues.Text(list.Created)));
        var ordinal = 0;
        foreach (var field in FieldTypes.BuiltIn(list.IsLibrary).Concat(fields))
        {
            session.Execute(
                $"INSERT INTO fields (list_id, {FieldColumns}, ordinal) VALUES (@list, @name, @title, @type, @indexed, @required, @unique, @choices, @builtIn, @dateOnly, @ordinal)",
                ("@list", StoreValues.Text(list.Id)),
                ("@name", field.InternalName),
                ("@title", field.Title),
                ("@type", field.TypeAsString),
                ("@indexed", field.Indexed ? 1 : 0),
                ("@required", field.Required ? 1 : 0),
                ("@unique", field.EnforceUnique ? 1 : 0),
                ("@choices", field.Choices.Count == 0 ? null : JsonSerializer.Serialize(field.Choices)),
                ("@builtIn", field.BuiltIn ? 1 : 0),
                ("@dateOnly", field.DateOnly ? 1 : 0),
                ("@ordinal", ordinal++));
        }
    }

    /// <summary>The fields of a list, in order.</summary>
    public static List<FieldDefinition> Fields(StoreSession session, Guid listId) =>
        session.Query($"SELECT {FieldReadColumns} FROM fields WHERE list_id = @list ORDER BY ordinal", MapField, ("@list", StoreValues.Text(listId)));

    /// <summary>Sets (or, with null, clears) the column formatting JSON of a field.</summary>
    public static void SetCustomFormatter(StoreSession session, Guid listId, string internalName, string? formatter) => session.Execute(
        "UPDATE fields SET custom_formatter = @formatter WHERE list_id = @list AND internal_name = @name",
        ("@formatter", formatter),
        ("@list", StoreValues.Text(listId)),
        ("@name", internalName));

    /// <summary>Removes a list with its fields, views, items, versions, files and role assignments (its bin entries stay).</summary>
    public static void Delete(StoreSession session, ListRecord list)
    {
        var id = ("@list", (object?)StoreValues.Text(list.Id));
        foreach (var table in new[] { "fields", "views", "items", "item_versions", "files", "unique_values" })
        {
            session.Execute($"DELETE FROM {table} WHERE list_id = @list", id);
        }

        session.Execute("DELETE FROM lists WHERE id = @list", id);
        session.Execute(
            "DELETE FROM role_assignments WHERE site_id = @site AND (scope = @scope OR scope LIKE @items)",
            ("@site", StoreValues.Text(list.SiteId)),
            ("@scope", "list:" + StoreValues.Text(list.Id)),
            ("@items", "item:" + StoreValues.Text(list.Id) + ":%"));
    }

    /// <summary>Sets whether the list has unique permissions.</summary>
    public static void SetUnique(StoreSession session, Guid listId, bool unique) =>
        session.Execute("UPDATE lists SET has_unique = @unique WHERE id = @id", ("@unique", unique ? 1 : 0), ("@id", StoreValues.Text(listId)));

    /// <summary>Takes the next item id of the list (ids are never reused).</summary>
    public static int NextItemId(StoreSession session, Guid listId)
    {
        var id = session.Scalar<int>("SELECT next_item_id FROM lists WHERE id = @id", ("@id", StoreValues.Text(listId)));
        session.Execute("UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = @id", ("@id", StoreValues.Text(listId)));
        return id;
    }

    /// <summary>The number of items in a list.</summary>
    public static int ItemCount(StoreSession session, Guid listId) =>
        session.Scalar<int>("SELECT COUNT(*) FROM items WHERE list_id = @id", ("@id", StoreValues.Text(listId)));

    private static ListRecord Map(SqliteDataReader r) => new(
        r.GetGuid("id"), r.GetGuid("site_id"), r.GetText("title"), r.GetText("url_name"), r.GetInt("base_template"), r.GetFlag("has_unique"), r.GetTime("created"))
    {
        EnableFolderCreation = r.GetFlag("enable_folder_creation"),
    };

    private static FieldDefinition MapField(SqliteDataReader r)
    {
        var choices = r.GetNullableText("choices");
        return new FieldDefinition(
            r.GetText("internal_name"), r.GetText("title"), r.GetText("type_as_string"), r.GetFlag("indexed"), r.GetFlag("required"),
            r.GetFlag("enforce_unique"), choices is null ? [] : JsonSerializer.Deserialize<List<string>>(choices) ?? [], r.GetFlag("built_in"))
        {
            CustomFormatter = r.GetNullableText("custom_formatter"),
            DateOnly = r.GetFlag("date_only"),
        };
    }
}
