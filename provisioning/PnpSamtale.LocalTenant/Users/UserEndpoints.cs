using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Users;

/// <summary><c>ensureuser</c>, <c>currentuser</c> and <c>siteusers</c> of a web.</summary>
internal static class UserEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        app.MapPost(WebEndpoints.Api + "/web/ensureuser", EnsureAsync);
        app.MapGet(WebEndpoints.Api + "/web/currentuser", CurrentAsync);
        app.MapGet(WebEndpoints.Api + "/web/siteusers", AllAsync);
    }

    private static async Task EnsureAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var logonName = body.String("logonName");
        if (string.IsNullOrWhiteSpace(logonName))
        {
            throw SpErrors.MissingParameter("logonName");
        }

        var tenant = http.Tenant();
        var user = tenant.Database.Run(session => SiteUsers.Ensure(session, Targets.Site(session, http), logonName, tenant.Options.AcceptAnyUpn));
        await WireJson.WriteAsync(http, user.ToJson());
    }

    private static async Task CurrentAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var user = http.Tenant().Database.Run(session =>
            PermissionEvaluator.UserOf(session, Targets.Site(session, http), caller) ?? throw SpErrors.AccessDenied());
        await WireJson.WriteAsync(http, user.ToJson());
    }

    private static async Task AllAsync(HttpContext http)
    {
        var users = http.Tenant().Database.Run(session => PrincipalStore.All(session, Targets.Site(session, http).Id, Principal.User));
        await WireJson.WriteValueAsync(http, new JsonArray([.. users.Select(u => (JsonNode)u.ToJson())]));
    }
}
