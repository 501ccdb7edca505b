using Microsoft.Data.Sqlite;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Roles;

/// <summary>The permission levels of each site in the database.</summary>
internal static class RoleStore
{
    private const string Columns = "id, name, description, role_type_kind, hidden, sort_order, high, low";

    // A level the site adds gets an id above the built-in ones (the number itself is the local tenant's own).
    private const int FirstCustomId = 1073741924;

    /// <summary>Gives a new site the built-in levels.</summary>
    public static void Seed(StoreSession session, Guid siteId)
    {
        foreach (var role in RoleCatalog.BuiltIn)
        {
            session.Execute(
                $"INSERT INTO role_definitions (site_id, {Columns}) VALUES (@site, @id, @name, @description, @kind, @hidden, @order, @high, @low)",
                ("@site", StoreValues.Text(siteId)),
                ("@id", role.Id),
                ("@name", role.Name),
                ("@description", role.Description),
                ("@kind", role.RoleTypeKind),
                ("@hidden", role.Hidden ? 1 : 0),
                ("@order", role.Order),
                ("@high", (long)role.Permissions.High),
                ("@low", (long)role.Permissions.Low));
        }
    }

    /// <summary>Adds a permission level of the site's own (RoleTypeKind 0), with the next free id after the built-in ones.</summary>
    public static RoleDefinition Add(StoreSession session, Guid siteId, string name, string description, int order, BasePermissions permissions)
    {
        var next = Math.Max(FirstCustomId, All(session, siteId).Max(r => r.Id) + 1);
        var role = new RoleDefinition(next, name, description, 0, false, order, permissions);
        session.Execute(
            $"INSERT INTO role_definitions (site_id, {Columns}) VALUES (@site, @id, @name, @description, @kind, @hidden, @order, @high, @low)",
            ("@site", StoreValues.Text(siteId)),
            ("@id", role.Id),
            ("@name", role.Name),
            ("@description", role.Description),
            ("@kind", role.RoleTypeKind),
            ("@hidden", 0),
            ("@order", role.Order),
            ("@high", (long)role.Permissions.High),
            ("@low", (long)role.Permissions.Low));
        return role;
    }

    /// <summary>Every level of the site, in order.</summary>
    public static List<RoleDefinition> All(StoreSession session, Guid siteId) =>
        session.Query($"SELECT {Columns} FROM role_definitions WHERE site_id = @site ORDER BY sort_order", Map, ("@site", StoreValues.Text(siteId)));

    /// <summary>The level with the id, or null.</summary>
    public static RoleDefinition? Find(StoreSession session, Guid siteId, int id) =>
        session.First($"SELECT {Columns} FROM role_definitions WHERE site_id = @site AND id = @id", Map, ("@site", StoreValues.Text(siteId)), ("@id", id));

    /// <summary>The level of the kind, or null when the site lacks it.</summary>
    public static RoleDefinition? FindByKind(StoreSession session, Guid siteId, int kind) =>
        session.First($"SELECT {Columns} FROM role_definitions WHERE site_id = @site AND role_type_kind = @kind", Map, ("@site", StoreValues.Text(siteId)), ("@kind", kind));

    /// <summary>Maps a row with the role columns.</summary>
    public static RoleDefinition Map(SqliteDataReader r) => new(
        r.GetInt("id"), r.GetText("name"), r.GetText("description"), r.GetInt("role_type_kind"), r.GetFlag("hidden"),
        r.GetInt("sort_order"), new BasePermissions((uint)r.GetInt64(r.GetOrdinal("high")), (uint)r.GetInt64(r.GetOrdinal("low"))));
}
