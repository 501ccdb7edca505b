using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Folders;

/// <summary>
/// Folders of lists: allow them on a list (<c>MERGE {list}</c> with <c>EnableFolderCreation</c>; ManageLists, else
/// 403), read a list's root folder, read a folder by its server-relative URL and the list item behind it
/// (<c>GetFolderByServerRelativePath(decodedurl='…')/ListItemAllFields</c>). What the caller cannot see is 404.
/// Folders themselves are created with <c>AddValidateUpdateItemUsingPath</c> (<see cref="FolderCreation"/>).
/// </summary>
internal static class FolderEndpoints
{
    private const string FolderRoute = WebEndpoints.Api + "/web/GetFolderByServerRelativePath({folderArgs})";

    private static readonly string[] Changeable = ["__metadata", "EnableFolderCreation"];

    /// <summary>Maps the endpoints.</summary>
    public static void MapFolders(this IEndpointRouteBuilder app)
    {
        foreach (var list in ListRoutes.Lists)
        {
            app.MapMethods(list, ["MERGE", "PATCH"], UpdateListAsync);
            app.MapGet(list + "/RootFolder", RootFolderAsync);
        }

        app.MapGet(FolderRoute, FolderAsync);
        app.MapGet(FolderRoute + "/ListItemAllFields", FolderItemAsync);
    }

    private static async Task UpdateListAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        foreach (var (property, _) in body.Where(p => !Changeable.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            throw SpErrors.Unsupported($"The local tenant changes only EnableFolderCreation of a list; '{property}' is not supported.");
        }

        var enable = body.Bool("EnableFolderCreation");
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.ManageLists);
            if (enable is { } value)
            {
                session.Execute(
                    "UPDATE lists SET enable_folder_creation = @enable WHERE id = @id",
                    ("@enable", value ? 1 : 0),
                    ("@id", StoreValues.Text(target.List!.Id)));
            }
        });
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static async Task RootFolderAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            return Projection.Select(FolderJson(session, target, null), http.Request.Query["$select"], "SP.Folder");
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task FolderAsync(HttpContext http)
    {
        var json = Resolve(http, (session, target) => Projection.Select(FolderJson(session, target, target.Item), http.Request.Query["$select"], "SP.Folder"));
        await WireJson.WriteAsync(http, json);
    }

    private static async Task FolderItemAsync(HttpContext http)
    {
        var json = Resolve(http, (session, target) => target.Item is { } folder
            ? ItemJson.Read(folder, ListStore.Fields(session, target.List!.Id), http.Request.Query["$select"])
            : throw SpErrors.ItemNotFound());
        await WireJson.WriteAsync(http, json);
    }

    /// <summary>The folder the URL names (the item null for a list's root folder); 404 when none, or hidden from the caller.</summary>
    private static JsonObject Resolve(HttpContext http, Func<StoreSession, Securable, JsonObject> read)
    {
        var caller = Caller.From(http);
        return http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var url = FolderPaths.ServerRelative(ODataArgs.String(ODataArgs.Named(Targets.RouteValue(http, "folderArgs")).Required("decodedurl")));
            var list = ListOf(session, site, url) ?? throw SpErrors.FileNotFound(url);
            var target = new Securable(site, list, FolderPaths.Resolve(session, site, list, url));
            var visible = target.Item is null
                ? caller.IsApp || PermissionEvaluator.For(session, target, caller).Has(BasePermissions.ViewListItems)
                : AccessGuard.CanView(session, target, caller);
            return visible ? read(session, target) : throw SpErrors.FileNotFound(url);
        });
    }

    /// <summary>The list whose root folder holds <paramref name="url"/> (<c>/sites/x/Lists/{name}/…</c> or <c>/sites/x/{library}/…</c>).</summary>
    private static ListRecord? ListOf(StoreSession session, SiteRecord site, string url)
    {
        var prefix = site.ServerRelativeUrl + "/";
        if (!url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = url[prefix.Length..].Split('/');
        var inLists = parts.Length >= 2 && parts[0].Equals("Lists", StringComparison.OrdinalIgnoreCase);
        var list = ListStore.FindByUrlName(session, site.Id, inLists ? parts[1] : parts[0]);
        return list is not null && list.IsLibrary != inLists ? list : null;
    }

    /// <summary>SP.Folder: the recorded properties (<c>Exists</c>, <c>ItemCount</c>, <c>Name</c>, <c>ServerRelativeUrl</c>, times, <c>UniqueId</c> …).</summary>
    private static JsonObject FolderJson(StoreSession session, Securable list, ItemRecord? folder)
    {
        var url = FolderPaths.Url(list.Site, list.List!, folder);
        var created = folder?.Created ?? list.List!.Created;
        return new JsonObject
        {
            ["Exists"] = true,
            ["IsWOPIEnabled"] = false,
            ["ItemCount"] = ItemStore.InFolder(session, list.List!.Id, folder?.Id ?? 0).Count,
            ["Name"] = folder?.FileName ?? list.List!.UrlName,
            ["ProgID"] = null,
            ["ServerRelativeUrl"] = url,
            ["TimeCreated"] = StoreValues.Text(created),
            ["TimeLastModified"] = StoreValues.Text(folder?.Modified ?? created),
            ["UniqueId"] = UniqueId(list.List!.Id, folder?.Id ?? 0).ToString("D"),
            ["WelcomePage"] = string.Empty,
        };
    }

    // The store keeps no folder ids; a hash of the list and the item gives the same id every time.
    private static Guid UniqueId(Guid listId, int itemId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{StoreValues.Text(listId)}/folder/{itemId}")).AsSpan(0, 16));
}
