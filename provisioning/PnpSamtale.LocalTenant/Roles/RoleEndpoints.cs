using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Roles;

/// <summary>
/// The permission levels of a web: all of them, one by RoleTypeKind, and a new one (<c>POST web/roledefinitions</c>
/// with <c>{"BasePermissions":{"High","Low"},"Name","Description"[,"Order"]}</c>, as the CLI for Microsoft 365 sends
/// it; ManagePermissions on the web, a new id, RoleTypeKind 0).
/// </summary>
internal static class RoleEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapRoles(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebEndpoints.Api + "/web/roledefinitions", AllAsync);
        app.MapGet(WebEndpoints.Api + "/web/roledefinitions/getbytype({kind})", ByTypeAsync);
        app.MapPost(WebEndpoints.Api + "/web/roledefinitions", CreateAsync);
    }

    private static async Task CreateAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var name = body.String("Name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw SpErrors.MissingParameter("Name");
        }

        var permissions = body.Object("BasePermissions") ?? throw SpErrors.MissingParameter("BasePermissions");
        var mask = new BasePermissions(Mask(permissions, "High"), Mask(permissions, "Low"));
        var caller = Caller.From(http);
        var role = http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            AccessGuard.Require(session, new Securable(site, null, null), caller, BasePermissions.ManagePermissions);
            if (RoleStore.All(session, site.Id).Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw SpErrors.GroupExists();
            }

            return RoleStore.Add(session, site.Id, name, body.String("Description") ?? string.Empty, body.Int("Order") ?? 0, mask);
        });
        await WireJson.WriteAsync(http, role.ToJson(), StatusCodes.Status201Created);
    }

    private static uint Mask(JsonObject permissions, string part) =>
        uint.TryParse(permissions.String(part), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw SpErrors.Unsupported($"BasePermissions.{part} must be an unsigned 32-bit number, as text or a number.");

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
