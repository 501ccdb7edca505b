using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Files;

/// <summary>
/// Documents in libraries (root folders only): upload with <c>AddUsingPath</c>, read the item behind a file, read
/// the bytes. A document is a library item whose <c>FileLeafRef</c> is the file name.
/// </summary>
internal static class FileEndpoints
{
    private const string FileRoute = WebEndpoints.Api + "/web/GetFileByServerRelativePath({fileArgs})";

    /// <summary>Maps the endpoints.</summary>
    public static void MapFiles(this IEndpointRouteBuilder app)
    {
        app.MapPost(WebEndpoints.Api + "/web/GetFolderByServerRelativePath({folderArgs})/Files/AddUsingPath({fileArgs})", AddAsync);
        app.MapGet(FileRoute, PropertiesAsync);
        app.MapGet(FileRoute + "/ListItemAllFields", ItemAsync);
        app.MapGet(FileRoute + "/$value", ContentAsync);
    }

    private static async Task AddAsync(HttpContext http)
    {
        var fileArgs = ODataArgs.Named(Targets.RouteValue(http, "fileArgs"));
        var name = ODataArgs.String(fileArgs.Required("decodedurl")).Split('/').Last();
        var overwrite = fileArgs.TryGetValue("overwrite", out var flag) && ODataArgs.Bool(flag);
        if (name.Length == 0)
        {
            throw SpErrors.MissingParameter("decodedurl");
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var content = buffer.ToArray();
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var folder = ODataArgs.String(ODataArgs.Named(Targets.RouteValue(http, "folderArgs")).Required("decodedurl"));
            var library = Library(session, http, site, folder.TrimEnd('/'), caller) ?? throw SpErrors.SiteNotFound();
            var saved = DocumentWriter.Save(session, library, name, content, overwrite, caller);
            return FileJson(library, saved.File, saved.Item.Version);
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task PropertiesAsync(HttpContext http)
    {
        var json = Resolve(http, (session, target, file) => FileJson(target, file, target.Item!.Version));
        await WireJson.WriteAsync(http, json);
    }

    private static async Task ItemAsync(HttpContext http)
    {
        var json = Resolve(http, (session, target, _) => ItemJson.Read(target.Item!, ListStore.Fields(session, target.List!.Id), http.Request.Query["$select"]));
        await WireJson.WriteAsync(http, json);
    }

    private static async Task ContentAsync(HttpContext http)
    {
        var bytes = Resolve(http, (session, target, file) => FileStore.Content(session, file.ListId, file.ItemId) ?? []);
        http.Response.ContentType = "application/octet-stream";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static T Resolve<T>(HttpContext http, Func<StoreSession, Securable, FileRecord, T> read)
    {
        var caller = Caller.From(http);
        return http.Tenant().Database.Run(session =>
        {
            var site = Targets.Site(session, http);
            var url = ODataArgs.String(ODataArgs.Named(Targets.RouteValue(http, "fileArgs")).Required("decodedurl"));
            var slash = url.LastIndexOf('/');
            var library = slash > 0 ? Library(session, http, site, url[..slash], caller) : null;
            var file = library is null ? null : FileStore.Find(session, library.List!.Id, url[(slash + 1)..]);
            var target = file is null ? null : library! with { Item = ItemStore.Find(session, file.ListId, file.ItemId) };
            if (target?.Item is null || !AccessGuard.CanView(session, target, caller))
            {
                throw SpErrors.FileNotFound(url);
            }

            return read(session, target, file!);
        });
    }

    /// <summary>The library whose root folder is <paramref name="folderUrl"/> (absolute or server-relative), or null.</summary>
    private static Securable? Library(StoreSession session, HttpContext http, SiteRecord site, string folderUrl, Caller caller)
    {
        var path = Uri.TryCreate(folderUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? Uri.UnescapeDataString(absolute.AbsolutePath)
            : folderUrl;
        var prefix = site.ServerRelativeUrl + "/";
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || path[prefix.Length..].Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var list = ListStore.FindByUrlName(session, site.Id, path[prefix.Length..]);
        if (list is not { IsLibrary: true })
        {
            return null;
        }

        var target = new Securable(site, list, null);
        AccessGuard.RequireListVisible(session, target, caller, http.Tenant().SiteUrl(site.Name));
        return target;
    }

    private static JsonObject FileJson(Securable library, FileRecord file, int version) => new()
    {
        ["Exists"] = true,
        ["Length"] = file.Length.ToString(CultureInfo.InvariantCulture),
        ["MajorVersion"] = version,
        ["Name"] = file.Name,
        ["ServerRelativeUrl"] = DocumentWriter.Url(library, file.Name),
        ["TimeLastModified"] = StoreValues.Text(file.Modified),
        ["UIVersionLabel"] = version.ToString(CultureInfo.InvariantCulture) + ".0",
        ["UniqueId"] = StoreValues.Text(file.UniqueId),
    };
}
