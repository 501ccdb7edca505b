using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// Role inheritance and assignments of the web, a list or an item, and effective permissions. An acting user needs
/// ManagePermissions on the object (else 403), except to ask for their own effective permissions.
/// </summary>
internal static class PermissionEndpoints
{
    /// <summary>Maps the endpoints for every scope form.</summary>
    public static void MapPermissions(this IEndpointRouteBuilder app)
    {
        foreach (var scope in ListRoutes.Scopes)
        {
            app.MapPost(scope + "/breakroleinheritance({args})", BreakAsync);
            app.MapPost(scope + "/resetroleinheritance", ResetAsync);
            app.MapPost(scope + "/roleassignments/addroleassignment({args})", AddAsync);
            app.MapPost(scope + "/roleassignments/removeroleassignment({args})", RemoveAsync);
            app.MapGet(scope + "/roleassignments", AssignmentsAsync);
            app.MapGet(scope + "/getusereffectivepermissions({alias})", EffectiveAsync);
        }
    }

    private static Task BreakAsync(HttpContext http)
    {
        var raw = Targets.RouteValue(http, "args") ?? string.Empty;
        var args = raw.Contains('=', StringComparison.Ordinal) ? ODataArgs.Named(raw) : new Dictionary<string, string> { ["copyRoleAssignments"] = raw };
        var copy = ODataArgs.Bool(args.Required("copyRoleAssignments"));
        var clear = args.TryGetValue("clearSubscopes", out var clearText) && ODataArgs.Bool(clearText);
        var limit = http.Tenant().Options.UniqueScopeLimit;
        return ManageAsync(http, (session, target, caller) => Inheritance.Break(session, target, copy, clear, Actor(session, target, caller), limit));
    }

    private static Task ResetAsync(HttpContext http) => ManageAsync(http, (session, target, _) => Inheritance.Reset(session, target));

    private static Task AddAsync(HttpContext http)
    {
        var (principal, role) = Binding(http);
        return ManageAsync(http, (session, target, _) => Inheritance.Add(session, target, principal, role));
    }

    private static Task RemoveAsync(HttpContext http)
    {
        var (principal, role) = Binding(http);
        return ManageAsync(http, (session, target, _) => Inheritance.Remove(session, target, principal, role));
    }

    private static async Task AssignmentsAsync(HttpContext http)
    {
        var expand = Projection.Names(http.Request.Query["$expand"]);
        var select = Projection.Names(http.Request.Query["$select"]);
        bool Carried(string property, bool expandable) =>
            (!expandable || expand.Contains(property, StringComparer.OrdinalIgnoreCase))
            && (select.Count == 0 || select.Any(s => s.Equals(property, StringComparison.OrdinalIgnoreCase) || s.StartsWith(property + "/", StringComparison.OrdinalIgnoreCase)));
        var shape = new Items.AssignmentShape(Carried("PrincipalId", false), Carried("Member", true), Carried("RoleDefinitionBindings", true));
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.Scope(session, http, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.ManagePermissions);
            var rows = RoleAssignmentStore.At(session, target.Site.Id, target.ApplyingKey);
            return RoleAssignmentJson.Build(rows, id => PrincipalStore.Find(session, target.Site.Id, id), shape);
        });
        await WireJson.WriteValueAsync(http, json);
    }

    private static async Task EffectiveAsync(HttpContext http)
    {
        var alias = Targets.RouteValue(http, "alias") ?? string.Empty;
        var raw = alias.StartsWith('@') ? http.Request.Query[alias].ToString() : alias;
        var login = ODataArgs.String(raw);
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.Scope(session, http, caller);
            var user = LoginNames.TryGetUpn(login, out var upn)
                ? PrincipalStore.FindUserByLogin(session, target.Site.Id, LoginNames.ForUpn(upn))
                : PrincipalStore.FindUserByLogin(session, target.Site.Id, login);
            if (!caller.IsApp && !string.Equals(user?.LoginName, caller.LoginName, StringComparison.OrdinalIgnoreCase))
            {
                AccessGuard.Require(session, target, caller, BasePermissions.ManagePermissions);
            }

            return PermissionEvaluator.For(session, target, user).ToJson();
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task ManageAsync(HttpContext http, Action<StoreSession, Securable, Caller> change)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.Scope(session, http, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.ManagePermissions);
            change(session, target, caller);
        });
        await WireJson.WriteNullAsync(http);
    }

    private static Principal Actor(StoreSession session, Securable target, Caller caller) =>
        PermissionEvaluator.UserOf(session, target.Site, caller) ?? throw SpErrors.AccessDenied();

    private static (int Principal, int Role) Binding(HttpContext http)
    {
        var args = ODataArgs.Named(Targets.RouteValue(http, "args"));
        return (ODataArgs.Int(args.Required("principalid")), ODataArgs.Int(args.Required("roledefid")));
    }
}
