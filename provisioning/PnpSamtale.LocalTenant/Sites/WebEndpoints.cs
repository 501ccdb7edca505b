using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary><c>GET {site}/_api/web</c> and <c>GET {site}/_api/site</c>, with <c>$select</c>.</summary>
internal static class WebEndpoints
{
    /// <summary>The route prefix of every site-scoped SharePoint endpoint.</summary>
    public const string Api = "/sites/{site}/_api";

    /// <summary>Maps the endpoints.</summary>
    public static void MapWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet(Api + "/web", WebAsync);
        app.MapGet(Api + "/site", SiteAsync);
    }

    private static async Task WebAsync(HttpContext http)
    {
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var web = new JsonObject
            {
                ["Configuration"] = 3,
                ["Created"] = StoreValues.Text(site.Created),
                ["Description"] = site.Description,
                ["HasUniqueRoleAssignments"] = true,
                ["Id"] = StoreValues.Text(site.WebId),
                ["IsProvisioningComplete"] = true,
                ["Language"] = site.Lcid,
                ["ServerRelativeUrl"] = site.ServerRelativeUrl,
                ["Title"] = site.Title,
                ["Url"] = tenant.SiteUrl(site.Name).AbsoluteUri,
                ["WebTemplate"] = site.Template.Split('#')[0],
            };
            return Projection.Select(web, http.Request.Query["$select"], "SP.Web");
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task SiteAsync(HttpContext http)
    {
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var collection = new JsonObject
            {
                ["Id"] = StoreValues.Text(site.Id),
                ["ReadOnly"] = false,
                ["ServerRelativeUrl"] = site.ServerRelativeUrl,
                ["Url"] = tenant.SiteUrl(site.Name).AbsoluteUri,
            };
            return Projection.Select(collection, http.Request.Query["$select"], "SP.Site");
        });
        await WireJson.WriteAsync(http, json);
    }
}
