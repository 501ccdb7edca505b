using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// Resolves the object a SharePoint path addresses from its route values — <c>{site}</c>, then
/// <c>{listKey}</c> (guid'…', '…') or <c>{listTitle}</c>, then <c>{itemId}</c> — with SharePoint's errors, hiding
/// what the caller cannot view.
/// </summary>
internal static class Targets
{
    /// <summary>The site of the request; 404 File Not Found when it does not exist.</summary>
    public static SiteRecord Site(StoreSession session, HttpContext http) =>
        SiteStore.Find(session, RouteValue(http, "site") ?? string.Empty) ?? throw SpErrors.SiteNotFound();

    /// <summary>The deepest object the path addresses: the item, the list or the web.</summary>
    public static Securable Scope(StoreSession session, HttpContext http, Caller caller) =>
        RouteValue(http, "itemId") is not null ? Item(session, http, caller)
        : HasList(http) ? List(session, http, caller)
        : new Securable(Site(session, http), null, null);

    /// <summary>The list of the path; 404 list not found when it does not exist or the caller cannot see it.</summary>
    public static Securable List(StoreSession session, HttpContext http, Caller caller)
    {
        var site = Site(session, http);
        var siteUrl = http.Tenant().SiteUrl(site.Name);
        ListRecord? list;
        string name;
        if (RouteValue(http, "listTitle") is { } rawTitle)
        {
            name = ODataArgs.String(rawTitle);
            list = ListStore.FindByTitle(session, site.Id, name);
        }
        else
        {
            var id = ODataArgs.Guid(RouteValue(http, "listKey"));
            name = id.ToString("D");
            list = ListStore.Find(session, site.Id, id);
        }

        var target = new Securable(site, list ?? throw SpErrors.ListNotFound(name, siteUrl), null);
        AccessGuard.RequireListVisible(session, target, caller, siteUrl);
        return target;
    }

    /// <summary>The item of the path; 404 item not found when it does not exist or the caller cannot view it.</summary>
    public static Securable Item(StoreSession session, HttpContext http, Caller caller)
    {
        var list = List(session, http, caller);
        var item = ItemStore.Find(session, list.List!.Id, ODataArgs.Int(RouteValue(http, "itemId"))) ?? throw SpErrors.ItemNotFound();
        var target = list with { Item = item };
        AccessGuard.RequireItemVisible(session, target, caller);
        return target;
    }

    /// <summary>A route value as text, or null.</summary>
    public static string? RouteValue(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString();

    private static bool HasList(HttpContext http) => RouteValue(http, "listKey") is not null || RouteValue(http, "listTitle") is not null;
}
