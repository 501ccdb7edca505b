using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// Graph sites: resolve by <c>{hostname}:/sites/{name}</c> (the path also arrives as one encoded segment, as the Graph
/// SDK sends it) or by id, and create a list with its columns.
/// </summary>
internal static class GraphSiteEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapGraphSites(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/sites/{hostname}:/sites/{name}", ResolveAsync);
        app.MapGet("/v1.0/sites/{siteRef}", ResolveAsync);
        app.MapPost("/v1.0/sites/{siteId}/lists", CreateListAsync);
    }

    private static async Task ResolveAsync(HttpContext http)
    {
        var (hostname, name, id) = Reference(http);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var site = (name is not null ? SiteStore.Find(session, name) : GraphSiteIds.Find(session, id ?? string.Empty)) ?? throw GraphSiteIds.NotFound();
            return new JsonObject
            {
                ["id"] = $"{hostname},{StoreValues.Text(site.Id)},{StoreValues.Text(site.WebId)}",
                ["name"] = site.Name,
                ["displayName"] = site.Title,
                ["webUrl"] = tenant.SiteUrl(site.Name).AbsoluteUri,
                ["createdDateTime"] = StoreValues.Text(site.Created),
            };
        });
        await WireJson.WriteGraphAsync(http, json);
    }

    private static async Task CreateListAsync(HttpContext http)
    {
        var body = await RequestJson.ReadGraphAsync(http);
        var displayName = body.String("displayName")?.Trim();
        if (string.IsNullOrEmpty(displayName))
        {
            throw GraphErrorException.Invalid("The list must have a displayName.");
        }

        var template = body.Object("list")?.String("template") ?? "genericList";
        var baseTemplate = template switch
        {
            "genericList" => ListRecord.GenericList,
            "documentLibrary" => ListRecord.DocumentLibrary,
            _ => throw GraphErrorException.Invalid($"The list template '{template}' is not supported; use genericList or documentLibrary."),
        };
        var fields = GraphColumns.Map(body.Array("columns"), baseTemplate == ListRecord.DocumentLibrary);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var site = GraphSiteIds.Find(session, RouteValue(http, "siteId")) ?? throw GraphSiteIds.NotFound();
            var list = ListFactory.TryCreate(session, site, displayName, baseTemplate, fields)
                ?? throw new GraphErrorException(StatusCodes.Status409Conflict, "nameAlreadyExists", "The resource already exists.");
            return new JsonObject
            {
                ["id"] = StoreValues.Text(list.Id),
                ["name"] = list.UrlName,
                ["displayName"] = list.Title,
                ["list"] = new JsonObject { ["template"] = template },
                ["webUrl"] = new Uri(tenant.BaseUri, list.ServerRelativeUrl(site).TrimStart('/')).AbsoluteUri,
                ["createdDateTime"] = StoreValues.Text(list.Created),
            };
        });
        await WireJson.WriteGraphAsync(http, json, StatusCodes.Status201Created);
    }

    /// <summary>
    /// The hostname and the site name of <c>{hostname}:/sites/{name}[:]</c>, or the hostname and the id of
    /// <c>{hostname},{siteId},{webId}</c>.
    /// </summary>
    private static (string Hostname, string? Name, string? Id) Reference(HttpContext http)
    {
        if (http.Request.RouteValues["siteRef"] is null)
        {
            return (RouteValue(http, "hostname"), RouteValue(http, "name"), null);
        }

        var reference = RouteValue(http, "siteRef").Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).TrimEnd(':');
        var colon = reference.IndexOf(":/", StringComparison.Ordinal);
        if (colon > 0)
        {
            var path = reference[(colon + 2)..].Split('/');
            return path.Length == 2 && path[0].Equals("sites", StringComparison.OrdinalIgnoreCase)
                ? (reference[..colon], path[1], null)
                : throw GraphSiteIds.NotFound();
        }

        return (reference.Split(',')[0], null, reference);
    }

    private static string RouteValue(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
