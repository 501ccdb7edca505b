using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Users;

/// <summary>Users, groups and group membership of each site collection.</summary>
internal static class PrincipalStore
{
    private const string Columns = "id, principal_type, login_name, title, email, upn, is_site_admin, description, owner_title";

    /// <summary>The principal with the id, or null.</summary>
    public static Principal? Find(StoreSession session, Guid siteId, int id) =>
        session.First($"SELECT {Columns} FROM principals WHERE site_id = @site AND id = @id", Map, Site(siteId), ("@id", id));

    /// <summary>The user with the login name, or null.</summary>
    public static Principal? FindUserByLogin(StoreSession session, Guid siteId, string loginName) =>
        session.First($"SELECT {Columns} FROM principals WHERE site_id = @site AND login_name = @login AND principal_type = 1", Map, Site(siteId), ("@login", loginName));

    /// <summary>The group with the title, or null.</summary>
    public static Principal? FindGroupByTitle(StoreSession session, Guid siteId, string title) =>
        session.First($"SELECT {Columns} FROM principals WHERE site_id = @site AND title = @title AND principal_type = 8", Map, Site(siteId), ("@title", title));

    /// <summary>The principals of a type, by id.</summary>
    public static List<Principal> All(StoreSession session, Guid siteId, int principalType) =>
        session.Query($"SELECT {Columns} FROM principals WHERE site_id = @site AND principal_type = @type ORDER BY id", Map, Site(siteId), ("@type", principalType));

    /// <summary>Every user and group of the site, by id (one query, for reads that need many of them).</summary>
    public static Dictionary<int, Principal> ById(StoreSession session, Guid siteId) =>
        session.Query($"SELECT {Columns} FROM principals WHERE site_id = @site", Map, Site(siteId)).ToDictionary(p => p.Id);

    /// <summary>Adds a principal with the next id of the site and returns it.</summary>
    public static Principal Insert(StoreSession session, Guid siteId, Principal draft)
    {
        var principal = draft with { Id = SiteStore.NextPrincipalId(session, siteId) };
        session.Execute(
            $"INSERT INTO principals (site_id, {Columns}) VALUES (@site, @id, @type, @login, @title, @email, @upn, @admin, @description, @owner)",
            Site(siteId),
            ("@id", principal.Id),
            ("@type", principal.PrincipalType),
            ("@login", principal.LoginName),
            ("@title", principal.Title),
            ("@email", principal.Email),
            ("@upn", principal.Upn),
            ("@admin", principal.IsSiteAdmin ? 1 : 0),
            ("@description", principal.Description),
            ("@owner", principal.OwnerTitle));
        return principal;
    }

    /// <summary>Removes a group with its membership and every role assignment it had.</summary>
    public static void DeleteGroup(StoreSession session, Guid siteId, int groupId)
    {
        session.Execute("DELETE FROM principals WHERE site_id = @site AND id = @id", Site(siteId), ("@id", groupId));
        session.Execute("DELETE FROM group_members WHERE site_id = @site AND group_id = @id", Site(siteId), ("@id", groupId));
        session.Execute("DELETE FROM role_assignments WHERE site_id = @site AND principal_id = @id", Site(siteId), ("@id", groupId));
    }

    /// <summary>The users in a group, by id.</summary>
    public static List<Principal> Members(StoreSession session, Guid siteId, int groupId) => session.Query(
        $"SELECT {Prefixed("p")} FROM principals p JOIN group_members m ON m.site_id = p.site_id AND m.user_id = p.id WHERE p.site_id = @site AND m.group_id = @group ORDER BY p.id",
        Map,
        Site(siteId),
        ("@group", groupId));

    /// <summary>Adds a user to a group (no change when already a member).</summary>
    public static void AddMember(StoreSession session, Guid siteId, int groupId, int userId) => session.Execute(
        "INSERT OR IGNORE INTO group_members (site_id, group_id, user_id) VALUES (@site, @group, @user)",
        Site(siteId),
        ("@group", groupId),
        ("@user", userId));

    /// <summary>Removes a user from a group; false when the user was not a member.</summary>
    public static bool RemoveMember(StoreSession session, Guid siteId, int groupId, int userId) => session.Execute(
        "DELETE FROM group_members WHERE site_id = @site AND group_id = @group AND user_id = @user",
        Site(siteId),
        ("@group", groupId),
        ("@user", userId)) > 0;

    private static (string, object?) Site(Guid siteId) => ("@site", StoreValues.Text(siteId));

    private static string Prefixed(string alias) => string.Join(", ", Columns.Split(", ").Select(c => $"{alias}.{c}"));

    private static Principal Map(SqliteDataReader r) => new(
        r.GetInt("id"), r.GetInt("principal_type"), r.GetText("login_name"), r.GetText("title"), r.GetText("email"),
        r.GetNullableText("upn"), r.GetFlag("is_site_admin"), r.GetNullableText("description"), r.GetNullableText("owner_title"));
}
