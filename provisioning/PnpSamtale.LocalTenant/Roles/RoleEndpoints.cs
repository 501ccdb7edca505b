using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Roles;

/// <summary>The permission levels of a web: all of them, or one by RoleTypeKind.</summary>
internal static class RoleEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapRoles(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebEndpoints.Api + "/web/roledefinitions", AllAsync);
        app.MapGet(WebEndpoints.Api + "/web/roledefinitions/getbytype({kind})", ByTypeAsync);
    }

    private static async Task AllAsync(HttpContext http)
    {
        var roles = http.Tenant().Database.Run(session => RoleStore.All(session, Targets.Site(session, http).Id));
        await WireJson.WriteValueAsync(http, new JsonArray([.. roles.Select(r => (JsonNode)r.ToJson())]));
    }

    private static async Task ByTypeAsync(HttpContext http)
    {
        var kind = ODataArgs.Int(Targets.RouteValue(http, "kind"));
        var role = http.Tenant().Database.Run(session =>
            RoleStore.FindByKind(session, Targets.Site(session, http).Id, kind) ?? throw SpErrors.OutOfRange());
        await WireJson.WriteAsync(http, role.ToJson());
    }
}
