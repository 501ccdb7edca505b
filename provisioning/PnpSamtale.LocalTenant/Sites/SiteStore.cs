using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary>Site collections in the database.</summary>
internal static class SiteStore
{
    private const string Columns = "id, web_id, name, title, description, lcid, template, status, created, time_zone_id";

    /// <summary>The site with the name (case-insensitive), or null.</summary>
    public static SiteRecord? Find(StoreSession session, string name) =>
        session.First($"SELECT {Columns} FROM sites WHERE name = @name", Map, ("@name", name));

    /// <summary>The site with the id, or null.</summary>
    public static SiteRecord? Find(StoreSession session, Guid id) =>
        session.First($"SELECT {Columns} FROM sites WHERE id = @id", Map, ("@id", StoreValues.Text(id)));

    /// <summary>Every site, by name.</summary>
    public static List<SiteRecord> All(StoreSession session) => session.Query($"SELECT {Columns} FROM sites ORDER BY name", Map);

    /// <summary>Adds a site.</summary>
    public static void Insert(StoreSession session, SiteRecord site) => session.Execute(
        "INSERT INTO sites (id, web_id, name, title, description, lcid, template, status, created, time_zone_id, next_principal_id) VALUES (@id, @web, @name, @title, @description, @lcid, @template, @status, @created, @zone, 1)",
        ("@id", StoreValues.Text(site.Id)),
        ("@web", StoreValues.Text(site.WebId)),
        ("@name", site.Name),
        ("@title", site.Title),
        ("@description", site.Description),
        ("@lcid", site.Lcid),
        ("@template", site.Template),
        ("@status", site.Status),
        ("@created", StoreValues.Text(site.Created)),
        ("@zone", site.TimeZoneId));

    /// <summary>Records a new provisioning status.</summary>
    public static void SetStatus(StoreSession session, Guid siteId, int status) =>
        session.Execute("UPDATE sites SET status = @status WHERE id = @id", ("@status", status), ("@id", StoreValues.Text(siteId)));

    /// <summary>Takes the next principal id of the site (users and groups share one sequence).</summary>
    public static int NextPrincipalId(StoreSession session, Guid siteId)
    {
        var id = session.Scalar<int>("SELECT next_principal_id FROM sites WHERE id = @id", ("@id", StoreValues.Text(siteId)));
        session.Execute("UPDATE sites SET next_principal_id = next_principal_id + 1 WHERE id = @id", ("@id", StoreValues.Text(siteId)));
        return id;
    }

    /// <summary>Removes the site and everything in it, its recycle bin included.</summary>
    public static void Delete(StoreSession session, Guid siteId)
    {
        var site = ("@site", (object?)StoreValues.Text(siteId));
        const string Lists = "SELECT id FROM lists WHERE site_id = @site";
        foreach (var table in new[] { "fields", "views", "items", "item_versions", "files", "unique_values" })
        {
            session.Execute($"DELETE FROM {table} WHERE list_id IN ({Lists})", site);
        }

        foreach (var table in new[] { "lists", "principals", "group_members", "role_definitions", "role_assignments", "recycle_bin" })
        {
            session.Execute($"DELETE FROM {table} WHERE site_id = @site", site);
        }

        session.Execute("DELETE FROM sites WHERE id = @site", site);
    }

    private static SiteRecord Map(SqliteDataReader r) => new(
        r.GetGuid("id"), r.GetGuid("web_id"), r.GetText("name"), r.GetText("title"), r.GetText("description"),
        r.GetInt("lcid"), r.GetText("template"), r.GetInt("status"), r.GetTime("created"), r.GetInt("time_zone_id"));
}
