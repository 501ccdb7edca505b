using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>Role assignments (principal + permission level) per securable scope.</summary>
internal static class RoleAssignmentStore
{
    /// <summary>Binds a level to a principal at a scope (no change when already bound).</summary>
    public static void Add(StoreSession session, Guid siteId, string scope, int principalId, int roleId) => session.Execute(
        "INSERT OR IGNORE INTO role_assignments (site_id, scope, principal_id, role_definition_id) VALUES (@site, @scope, @principal, @role)",
        ("@site", StoreValues.Text(siteId)),
        ("@scope", scope),
        ("@principal", principalId),
        ("@role", roleId));

    /// <summary>Removes one binding.</summary>
    public static void Remove(StoreSession session, Guid siteId, string scope, int principalId, int roleId) => session.Execute(
        "DELETE FROM role_assignments WHERE site_id = @site AND scope = @scope AND principal_id = @principal AND role_definition_id = @role",
        ("@site", StoreValues.Text(siteId)),
        ("@scope", scope),
        ("@principal", principalId),
        ("@role", roleId));

    /// <summary>Removes every binding at a scope.</summary>
    public static void Clear(StoreSession session, Guid siteId, string scope) => session.Execute(
        "DELETE FROM role_assignments WHERE site_id = @site AND scope = @scope", ("@site", StoreValues.Text(siteId)), ("@scope", scope));

    /// <summary>Copies every binding of one scope to another.</summary>
    public static void Copy(StoreSession session, Guid siteId, string from, string to) => session.Execute(
        "INSERT OR IGNORE INTO role_assignments (site_id, scope, principal_id, role_definition_id) SELECT site_id, @to, principal_id, role_definition_id FROM role_assignments WHERE site_id = @site AND scope = @from",
        ("@site", StoreValues.Text(siteId)),
        ("@from", from),
        ("@to", to));

    /// <summary>The bindings at a scope, by principal then level order.</summary>
    public static List<(int PrincipalId, RoleDefinition Role)> At(StoreSession session, Guid siteId, string scope) => session.Query(
        """
        SELECT ra.principal_id, rd.id, rd.name, rd.description, rd.role_type_kind, rd.hidden, rd.sort_order, rd.high, rd.low
        FROM role_assignments ra JOIN role_definitions rd ON rd.site_id = ra.site_id AND rd.id = ra.role_definition_id
        WHERE ra.site_id = @site AND ra.scope = @scope ORDER BY ra.principal_id, rd.sort_order
        """,
        r => (r.GetInt("principal_id"), RoleStore.Map(r)),
        ("@site", StoreValues.Text(siteId)),
        ("@scope", scope));

    /// <summary>
    /// In one query, the bindings of every scope a list's items can inherit from or hold — the web, the list and each
    /// of its items — by scope key, each ordered as <see cref="At"/> orders them.
    /// </summary>
    public static Dictionary<string, List<(int PrincipalId, RoleDefinition Role)>> OfList(StoreSession session, Guid siteId, Guid listId)
    {
        var rows = session.Query(
            """
            SELECT ra.scope, ra.principal_id, rd.id, rd.name, rd.description, rd.role_type_kind, rd.hidden, rd.sort_order, rd.high, rd.low
            FROM role_assignments ra JOIN role_definitions rd ON rd.site_id = ra.site_id AND rd.id = ra.role_definition_id
            WHERE ra.site_id = @site AND (ra.scope = @web OR ra.scope = @list OR ra.scope LIKE @items)
            ORDER BY ra.scope, ra.principal_id, rd.sort_order
            """,
            r => (Scope: r.GetText("scope"), PrincipalId: r.GetInt("principal_id"), Role: RoleStore.Map(r)),
            ("@site", StoreValues.Text(siteId)),
            ("@web", ScopeKeys.Web),
            ("@list", ScopeKeys.List(listId)),
            ("@items", ScopeKeys.ItemsOf(listId) + "%"));
        return rows.GroupBy(r => r.Scope, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.PrincipalId, r.Role)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The union of the levels bound at a scope to the user or to a group the user is in.</summary>
    public static BasePermissions EffectiveFor(StoreSession session, Guid siteId, string scope, int userId)
    {
        var masks = session.Query(
            """
            SELECT rd.high, rd.low FROM role_assignments ra
            JOIN role_definitions rd ON rd.site_id = ra.site_id AND rd.id = ra.role_definition_id
            WHERE ra.site_id = @site AND ra.scope = @scope
              AND (ra.principal_id = @user OR ra.principal_id IN (SELECT group_id FROM group_members WHERE site_id = @site AND user_id = @user))
            """,
            r => new BasePermissions((uint)r.GetInt64(0), (uint)r.GetInt64(1)),
            ("@site", StoreValues.Text(siteId)),
            ("@scope", scope),
            ("@user", userId));
        return masks.Aggregate(BasePermissions.Empty, (all, mask) => all.Union(mask));
    }
}
