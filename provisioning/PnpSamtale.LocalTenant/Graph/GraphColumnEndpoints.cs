using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// <c>POST /v1.0/sites/{site-id}/lists/{list-id}/columns</c> with one <c>columnDefinition</c> (Microsoft Graph
/// <c>list-post-columns</c>): adds the column to an existing list and answers <c>201</c> with the columnDefinition. A
/// name the list already has, built-in or not, is refused with <c>409 nameAlreadyExists</c> and changes nothing. The
/// same request runs inside Graph <c>$batch</c>.
/// </summary>
internal static class GraphColumnEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapGraphColumns(this IEndpointRouteBuilder app) =>
        app.MapPost("/v1.0/sites/{siteId}/lists/{listId}/columns", AddAsync);

    private static async Task AddAsync(HttpContext http)
    {
        var body = await RequestJson.ReadGraphAsync(http);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var site = GraphSiteIds.Find(session, Route(http, "siteId")) ?? throw GraphSiteIds.NotFound();
            var list = (Guid.TryParse(Route(http, "listId"), out var listId) ? ListStore.Find(session, site.Id, listId) : null)
                ?? throw new GraphErrorException(StatusCodes.Status404NotFound, "itemNotFound", "The specified list was not found");
            var name = body.String("name");
            if (name is not null && ListStore.Fields(session, list.Id).Any(f => string.Equals(f.InternalName, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new GraphErrorException(StatusCodes.Status409Conflict, "nameAlreadyExists", $"A column named '{name}' already exists in the list.");
            }

            var field = GraphColumns.Map([body.DeepClone()], list.IsLibrary).Single();
            FieldStore.Add(session, list.Id, field);
            return Answer(list.Id, field, body);
        });
        await WireJson.WriteGraphAsync(http, json, StatusCodes.Status201Created);
    }

    /// <summary>The columnDefinition as Graph answers it: the request's facet echoed, with an id and the flags.</summary>
    private static JsonObject Answer(Guid listId, FieldDefinition field, JsonObject request)
    {
        var answer = new JsonObject
        {
            ["id"] = ColumnId(listId, field.InternalName).ToString("D"),
            ["name"] = field.InternalName,
            ["displayName"] = field.Title,
            ["description"] = request.String("description") ?? string.Empty,
            ["enforceUniqueValues"] = field.EnforceUnique,
            ["hidden"] = false,
            ["indexed"] = field.Indexed,
            ["readOnly"] = false,
            ["required"] = field.Required,
        };
        foreach (var facet in new[] { "text", "number", "boolean", "dateTime", "choice", "personOrGroup" })
        {
            if (request[facet] is { } settings)
            {
                answer[facet] = settings.DeepClone();
            }
        }

        return answer;
    }

    // The store keeps no column ids; a hash of the list and the name gives the same id every time it is answered.
    private static Guid ColumnId(Guid listId, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(StoreValues.Text(listId) + "/" + name.ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string Route(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
