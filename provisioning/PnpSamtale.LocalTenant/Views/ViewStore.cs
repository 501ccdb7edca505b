using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Views;

/// <summary>The views of lists in the database, in creation order.</summary>
internal static class ViewStore
{
    /// <summary>The page name of a list's first view, as SharePoint names it.</summary>
    public const string DefaultUrlName = "AllItems";

    private const string Columns = "id, list_id, title, view_fields, view_query, row_limit, default_view, personal_view, url_name";

    /// <summary>
    /// Gives a new list its one default view, as SharePoint does: titled in the site's language (1044: <c>Alle
    /// elementer</c>, or <c>Alle dokumenter</c> in a library; otherwise <c>All Items</c>/<c>All Documents</c>), ordered
    /// by ID, 30 rows, showing the title (a list) or the file (a library).
    /// </summary>
    public static ViewRecord InsertDefault(StoreSession session, SiteRecord site, ListRecord list)
    {
        var norwegian = site.Lcid == 1044;
        var title = list.IsLibrary ? (norwegian ? "Alle dokumenter" : "All Documents") : (norwegian ? "Alle elementer" : "All Items");
        IReadOnlyList<string> fields = list.IsLibrary ? ["DocIcon", "LinkFilename", "Modified", "Editor"] : ["LinkTitle"];
        var view = new ViewRecord(Guid.NewGuid(), list.Id, title, fields, "<OrderBy><FieldRef Name=\"ID\" /></OrderBy>", 30, true, false, DefaultUrlName);
        Insert(session, view);
        return view;
    }

    /// <summary>Adds a view.</summary>
    public static void Insert(StoreSession session, ViewRecord view) => session.Execute(
        $"INSERT INTO views ({Columns}) VALUES (@id, @list, @title, @fields, @query, @rowLimit, @default, @personal, @url)",
        ("@id", StoreValues.Text(view.Id)),
        ("@list", StoreValues.Text(view.ListId)),
        ("@title", view.Title),
        ("@fields", JsonSerializer.Serialize(view.Fields)),
        ("@query", view.Query),
        ("@rowLimit", view.RowLimit),
        ("@default", view.IsDefault ? 1 : 0),
        ("@personal", view.IsPersonal ? 1 : 0),
        ("@url", view.UrlName));

    /// <summary>The views of a list, oldest first.</summary>
    public static List<ViewRecord> All(StoreSession session, Guid listId) =>
        session.Query($"SELECT {Columns} FROM views WHERE list_id = @list ORDER BY seq", Map, ("@list", StoreValues.Text(listId)));

    /// <summary>The view of a list with the id, or null.</summary>
    public static ViewRecord? Find(StoreSession session, Guid listId, Guid viewId) =>
        session.First($"SELECT {Columns} FROM views WHERE list_id = @list AND id = @id", Map, ("@list", StoreValues.Text(listId)), ("@id", StoreValues.Text(viewId)));

    /// <summary>A page name for a new view: the title's letters and digits, numbered when the list has it already.</summary>
    public static string UrlNameFor(StoreSession session, Guid listId, string title)
    {
        var baseName = new string([.. title.Where(char.IsLetterOrDigit)]);
        baseName = baseName.Length == 0 ? "View" : baseName;
        var taken = All(session, listId).Select(v => v.UrlName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = baseName;
        for (var n = 1; taken.Contains(name); n++)
        {
            name = baseName + n.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>Makes <paramref name="viewId"/> the list's only default view.</summary>
    public static void SetDefault(StoreSession session, Guid listId, Guid viewId) => session.Execute(
        "UPDATE views SET default_view = CASE WHEN id = @id THEN 1 ELSE 0 END WHERE list_id = @list",
        ("@list", StoreValues.Text(listId)),
        ("@id", StoreValues.Text(viewId)));

    /// <summary>Removes a view.</summary>
    public static void Delete(StoreSession session, ViewRecord view) =>
        session.Execute("DELETE FROM views WHERE id = @id", ("@id", StoreValues.Text(view.Id)));

    private static ViewRecord Map(SqliteDataReader r) => new(
        r.GetGuid("id"), r.GetGuid("list_id"), r.GetText("title"), JsonSerializer.Deserialize<List<string>>(r.GetText("view_fields")) ?? [],
        r.GetText("view_query"), r.GetInt("row_limit"), r.GetFlag("default_view"), r.GetFlag("personal_view"), r.GetText("url_name"));
}
