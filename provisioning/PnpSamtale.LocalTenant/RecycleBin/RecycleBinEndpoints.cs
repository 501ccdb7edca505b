using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.RecycleBin;

/// <summary>
/// Recycling items and the two bins: the web bin (<c>_api/web/RecycleBin</c>) holds stage 1; the site collection bin
/// (<c>_api/site/RecycleBin</c>) shows both stages. A bin with more entries than the list view threshold cannot be read
/// whole (SharePoint refuses it, a <c>$filter</c> does not help); its entries are read one by one
/// (<c>RecycleBin('{id}')</c>) or a page at a time (<c>GetRecycleBinItemsByQueryInfo</c>, see
/// <see cref="RecycleBinPages"/>). An acting user sees and handles only their own deletions in the web bin, and needs
/// to be a site collection administrator for the site bin (else 403).
/// </summary>
internal static class RecycleBinEndpoints
{
    private const string WebBin = WebEndpoints.Api + "/web/RecycleBin";
    private const string SiteBin = WebEndpoints.Api + "/site/RecycleBin";

    /// <summary>Maps the endpoints.</summary>
    public static void MapRecycleBin(this IEndpointRouteBuilder app)
    {
        foreach (var item in ListRoutes.Items)
        {
            app.MapPost(item + "/recycle", RecycleAsync);
        }

        app.MapGet(WebBin, http => ListAsync(http, 1));
        app.MapGet(SiteBin, http => ListAsync(http, 2));
        app.MapGet(WebBin + "({binId})", http => GetAsync(http, 1));
        app.MapGet(SiteBin + "({binId})", http => GetAsync(http, 2));
        app.MapPost(WebEndpoints.Api + "/web/GetRecycleBinItemsByQueryInfo", RecycleBinPages.QueryAsync);
        app.MapPost(WebBin + "({binId})/MoveToSecondStage()", MoveAsync);
        app.MapPost(WebBin + "({binId})/MoveToSecondStage", MoveAsync);
        app.MapDelete(WebBin + "({binId})", http => DeleteAsync(http, 1));
        app.MapDelete(SiteBin + "({binId})", http => DeleteAsync(http, 2));
        app.MapPost(SiteBin + "/DeleteByIds", DeleteByIdsAsync);
    }

    private static async Task RecycleAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var id = http.Tenant().Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            Folders.FolderContents.RequireDeletable(session, target, caller);
            return Recycler.Recycle(session, target, PermissionEvaluator.UserOf(session, target.Site, caller)!);
        });
        await WireJson.WriteValueAsync(http, StoreValues.Text(id));
    }

    private static async Task ListAsync(HttpContext http, int maxStage)
    {
        var caller = Caller.From(http);
        var filter = http.Request.Query["$filter"].ToString();
        var select = http.Request.Query["$select"].ToString();
        var predicate = string.IsNullOrWhiteSpace(filter) ? (_ => true) : FilterCompiler.Compile(FilterParser.Parse(filter), RecycleBinFilter.Field);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var site = Bin(session, http, caller, maxStage);
            var all = RecycleBinStore.All(session, site.Id, maxStage);
            if (all.Count > tenant.Options.ListViewThreshold)
            {
                throw SpErrors.ListViewThreshold();
            }

            var entries = all.Where(e => Owns(caller, e, maxStage) && predicate(e));
            return new JsonArray([.. entries.Select(e => (JsonNode)Projection.Select(e.ToJson(), select, "SP.RecycleBinItem"))]);
        });
        await WireJson.WriteValueAsync(http, json);
    }

    private static async Task GetAsync(HttpContext http, int maxStage)
    {
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session => Projection.Select(Find(session, http, caller, maxStage).ToJson(), http.Request.Query["$select"], "SP.RecycleBinItem"));
        await WireJson.WriteAsync(http, json);
    }

    private static async Task MoveAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var entry = Find(session, http, caller, 1);
            RecycleBinStore.SetStage(session, entry.Id, 2);
        });
        await WireJson.WriteNullAsync(http);
    }

    private static async Task DeleteAsync(HttpContext http, int maxStage)
    {
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var entry = Find(session, http, caller, maxStage);
            RecycleBinStore.Delete(session, entry.SiteId, entry.Id);
        });
        await WireJson.WriteEmptyAsync(http);
    }

    private static async Task DeleteByIdsAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var ids = body.Array("ids").Select(n => ODataArgs.Guid(n?.GetValue<string>())).ToList();
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var site = Bin(session, http, caller, 2);
            foreach (var id in ids)
            {
                RecycleBinStore.Delete(session, site.Id, id);
            }
        });
        await WireJson.WriteNullAsync(http);
    }

    private static RecycleBinEntry Find(StoreSession session, HttpContext http, Caller caller, int maxStage)
    {
        var site = Bin(session, http, caller, maxStage);
        var entry = RecycleBinStore.Find(session, site.Id, ODataArgs.Guid(Targets.RouteValue(http, "binId")));
        return entry is not null && entry.Stage <= maxStage && Owns(caller, entry, maxStage) ? entry : throw SpErrors.OutOfRange(StatusCodes.Status404NotFound);
    }

    /// <summary>The site whose bin is addressed; 403 for an acting user who is not a site collection administrator (site bin).</summary>
    internal static SiteRecord Bin(StoreSession session, HttpContext http, Caller caller, int maxStage)
    {
        var site = Targets.Site(session, http);
        if (maxStage == 2 && !caller.IsApp && PermissionEvaluator.UserOf(session, site, caller) is not { IsSiteAdmin: true })
        {
            throw SpErrors.AccessDenied();
        }

        return site;
    }

    /// <summary>Whether the caller may see the entry: the app, a site collection bin reader, or who deleted it.</summary>
    internal static bool Owns(Caller caller, RecycleBinEntry entry, int maxStage) =>
        caller.IsApp || maxStage == 2 || string.Equals(entry.DeletedByEmail, caller.ActAsUpn, StringComparison.OrdinalIgnoreCase);
}
