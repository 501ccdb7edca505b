using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary>
/// <c>GET {site}/_api/web/RegionalSettings</c> (with <c>$select</c>; its <c>TimeZone</c> only with
/// <c>$expand=TimeZone</c> and, when there is a <c>$select</c>, <c>TimeZone</c> in it) and
/// <c>GET {site}/_api/web/RegionalSettings/TimeZone</c>.
/// </summary>
internal static class RegionalSettingsEndpoints
{
    private const string Path = WebEndpoints.Api + "/web/RegionalSettings";

    /// <summary>Maps the endpoints.</summary>
    public static void MapRegionalSettings(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, SettingsAsync);
        app.MapGet(Path + "/TimeZone", TimeZoneAsync);
    }

    private static async Task SettingsAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var expanded = Projection.Names(query["$expand"]).ToList();
        if (expanded.Any(e => !string.Equals(e, "TimeZone", StringComparison.OrdinalIgnoreCase)))
        {
            throw SpErrors.Unsupported("RegionalSettings expands TimeZone only.");
        }

        var select = Projection.Names(query["$select"]);
        var withZone = expanded.Count > 0 && (select.Count == 0 || select.Contains("TimeZone", StringComparer.OrdinalIgnoreCase));
        var json = http.Tenant().Database.Run(session =>
        {
            var region = SiteRegion.Of(Targets.Site(session, http));
            var full = region.ToJson(withZone);
            return Projection.Select(full, query["$select"], "SP.RegionalSettings", ["TimeZone"]);
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task TimeZoneAsync(HttpContext http)
    {
        var json = http.Tenant().Database.Run(session => SiteRegion.Of(Targets.Site(session, http)).Zone.ToJson());
        await WireJson.WriteAsync(http, Projection.Select(json, http.Request.Query["$select"], "SP.TimeZone"));
    }
}
