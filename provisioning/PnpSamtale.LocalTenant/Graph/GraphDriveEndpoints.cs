using PnpSamtale.LocalTenant.Files;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// Graph drives of document libraries: <c>PUT /v1.0/sites/{site-id}/lists/{list-id}/drive/root:/{fileName}:/content</c>
/// uploads into the library's root folder: 201 for a new file; for a name the library has, as
/// <c>@microsoft.graph.conflictBehavior</c> says — <c>replace</c> (Graph's default for <c>PUT</c>) answers 200 with the
/// replaced file, <c>fail</c> answers <c>409 nameAlreadyExists</c> and changes nothing. The file
/// becomes a library item exactly as with <c>Files/AddUsingPath</c>. Runs as the app, as Graph ignores
/// <c>X-Local-Act-As</c>.
/// </summary>
internal static class GraphDriveEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapGraphDrives(this IEndpointRouteBuilder app) =>
        app.MapPut("/v1.0/sites/{siteId}/lists/{listId}/drive/root:/{fileName}:/content", UploadAsync);

    private static async Task UploadAsync(HttpContext http)
    {
        var name = (Targets.RouteValue(http, "fileName") ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            throw GraphErrorException.Invalid("The file name must not be empty.");
        }

        var conflict = http.Request.Query["@microsoft.graph.conflictBehavior"].ToString();
        if (conflict is not ("" or "replace" or "fail"))
        {
            throw GraphErrorException.Invalid($"The local tenant supports @microsoft.graph.conflictBehavior 'fail' and 'replace' on uploads, not '{conflict}'.");
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var content = buffer.ToArray();
        var tenant = http.Tenant();
        var (created, json) = tenant.Database.Run(session =>
        {
            var site = GraphSiteIds.Find(session, Targets.RouteValue(http, "siteId") ?? string.Empty) ?? throw GraphSiteIds.NotFound();
            var list = (Guid.TryParse(Targets.RouteValue(http, "listId"), out var listId) ? ListStore.Find(session, site.Id, listId) : null)
                ?? throw new GraphErrorException(StatusCodes.Status404NotFound, "itemNotFound", "The specified list was not found");
            if (!list.IsLibrary)
            {
                throw GraphErrorException.Invalid($"The list '{list.Title}' is not a document library; files are uploaded to a library's drive.");
            }

            var library = new Securable(site, list, null);
            if (conflict == "fail" && FileStore.Find(session, list.Id, name) is not null)
            {
                throw new GraphErrorException(StatusCodes.Status409Conflict, "nameAlreadyExists", "The specified item name already exists.");
            }

            var saved = DocumentWriter.Save(session, library, name, content, overwrite: true, Caller.App);
            return (saved.Created, DriveItemJson.From(saved, library, tenant.BaseUri));
        });
        await WireJson.WriteGraphAsync(http, json, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
