using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Groups;

/// <summary>
/// Site groups and their members. Changes by an acting user need ManagePermissions on the web (else 403).
/// </summary>
internal static class GroupEndpoints
{
    private const string Groups = WebEndpoints.Api + "/web/sitegroups";

    /// <summary>Maps the endpoints.</summary>
    public static void MapGroups(this IEndpointRouteBuilder app)
    {
        app.MapGet(Groups, AllAsync);
        app.MapPost(Groups, CreateAsync);
        app.MapMethods(Groups + "/removebyid({groupId})", ["POST", "DELETE"], RemoveAsync);
        foreach (var form in new[] { "/getbyid({groupId})", "/getbyname({groupName})" })
        {
            app.MapGet(Groups + form, GetAsync);
            app.MapGet(Groups + form + "/users", MembersAsync);
            app.MapPost(Groups + form + "/users", AddMemberAsync);
            app.MapDelete(Groups + form + "/users/getbyid({userId})", RemoveMemberAsync);
        }
    }

    private static async Task AllAsync(HttpContext http)
    {
        var groups = http.Tenant().Database.Run(session => PrincipalStore.All(session, Targets.Site(session, http).Id, Principal.Group));
        await WireJson.WriteValueAsync(http, new JsonArray([.. groups.Select(g => (JsonNode)g.ToJson())]));
    }

    private static async Task GetAsync(HttpContext http)
    {
        var group = http.Tenant().Database.Run(session => Find(session, Targets.Site(session, http), http));
        await WireJson.WriteAsync(http, group.ToJson());
    }

    private static async Task CreateAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var title = body.String("Title")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw SpErrors.MissingParameter("Title");
        }

        var caller = Caller.From(http);
        var group = http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var owner = RequireManager(session, site, caller);
            if (PrincipalStore.FindGroupByTitle(session, site.Id, title) is not null
                || PrincipalStore.FindUserByLogin(session, site.Id, title) is not null)
            {
                throw SpErrors.GroupExists();
            }

            return PrincipalStore.Insert(session, site.Id, new Principal(0, Principal.Group, title, title, string.Empty, null, false, body.String("Description"), owner.Title));
        });
        await WireJson.WriteAsync(http, group.ToJson(), StatusCodes.Status201Created);
    }

    private static async Task RemoveAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            RequireManager(session, site, caller);
            PrincipalStore.DeleteGroup(session, site.Id, Find(session, site, http).Id);
        });
        await WireJson.WriteNullAsync(http);
    }

    private static async Task MembersAsync(HttpContext http)
    {
        var members = http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            return PrincipalStore.Members(session, site.Id, Find(session, site, http).Id);
        });
        await WireJson.WriteValueAsync(http, new JsonArray([.. members.Select(u => (JsonNode)u.ToJson())]));
    }

    private static async Task AddMemberAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var login = body.String("LoginName");
        if (string.IsNullOrWhiteSpace(login))
        {
            throw SpErrors.MissingParameter("LoginName");
        }

        var caller = Caller.From(http);
        var tenant = http.Tenant();
        var user = tenant.Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            RequireManager(session, site, caller);
            var group = Find(session, site, http);
            var member = SiteUsers.Ensure(session, site, login, tenant.Options.AcceptAnyUpn);
            PrincipalStore.AddMember(session, site.Id, group.Id, member.Id);
            return member;
        });
        await WireJson.WriteAsync(http, user.ToJson(), StatusCodes.Status201Created);
    }

    private static async Task RemoveMemberAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            RequireManager(session, site, caller);
            var group = Find(session, site, http);
            if (!PrincipalStore.RemoveMember(session, site.Id, group.Id, ODataArgs.Int(Targets.RouteValue(http, "userId"))))
            {
                throw SpErrors.UserNotFoundInSite();
            }
        });
        await WireJson.WriteEmptyAsync(http);
    }

    private static Principal Find(StoreSession session, SiteRecord site, HttpContext http)
    {
        var group = Targets.RouteValue(http, "groupName") is { } name
            ? PrincipalStore.FindGroupByTitle(session, site.Id, ODataArgs.String(name))
            : PrincipalStore.Find(session, site.Id, ODataArgs.Int(Targets.RouteValue(http, "groupId")));
        return group is { IsGroup: true } ? group : throw SpErrors.GroupNotFound();
    }

    private static Principal RequireManager(StoreSession session, SiteRecord site, Caller caller)
    {
        AccessGuard.Require(session, new Securable(site, null, null), caller, BasePermissions.ManagePermissions);
        return PermissionEvaluator.UserOf(session, site, caller) ?? throw SpErrors.AccessDenied();
    }
}
