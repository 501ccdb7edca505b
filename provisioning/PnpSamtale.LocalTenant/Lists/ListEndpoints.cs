using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>Lists of a web: enumerate, create (REST), read, delete (their fields are in <see cref="FieldEndpoints"/>).</summary>
internal static class ListEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapLists(this IEndpointRouteBuilder app)
    {
        app.MapGet(WebEndpoints.Api + "/web/lists", AllAsync);
        app.MapPost(WebEndpoints.Api + "/web/lists", CreateAsync);
        foreach (var list in ListRoutes.Lists)
        {
            app.MapGet(list, GetAsync);
            app.MapDelete(list, DeleteAsync);
        }
    }

    private static async Task AllAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var select = http.Request.Query["$select"].ToString();
        var json = http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var value = new JsonArray();
            foreach (var list in ListStore.All(session, site.Id))
            {
                var target = new Securable(site, list, null);
                if (caller.IsApp || PermissionEvaluator.For(session, target, caller).Has(BasePermissions.ViewListItems))
                {
                    value.Add(Projection.Select(list.ToJson(site, ListStore.ItemCount(session, list.Id)), select, "SP.List"));
                }
            }

            return value;
        });
        await WireJson.WriteValueAsync(http, json);
    }

    private static async Task CreateAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var title = body.String("Title")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw SpErrors.MissingParameter("Title");
        }

        var template = body.Int("BaseTemplate") ?? ListRecord.GenericList;
        if (template is not (ListRecord.GenericList or ListRecord.DocumentLibrary))
        {
            throw SpErrors.Unsupported($"BaseTemplate {template} is not supported; use 100 (list) or 101 (document library).");
        }

        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            AccessGuard.Require(session, new Securable(site, null, null), caller, BasePermissions.ManageLists);
            var list = ListFactory.TryCreate(session, site, title, template, []) ?? throw SpErrors.ListExists();
            return list.ToJson(site, 0);
        });
        await WireJson.WriteAsync(http, json, StatusCodes.Status201Created);
    }

    private static async Task GetAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var full = target.List!.ToJson(target.Site, ListStore.ItemCount(session, target.List.Id));
            return Projection.Select(full, http.Request.Query["$select"], "SP.List");
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task DeleteAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.ManageLists);
            ListStore.Delete(session, target.List!);
        });
        await WireJson.WriteEmptyAsync(http);
    }
}
