using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;

namespace PnpSamtale.LocalTenant.Views;

/// <summary>
/// Views of a list: add one (<c>views/add</c> with <c>SP.ViewCreationInformation</c>), list them (with
/// <c>$expand=ViewFields</c>), delete one. The query is stored and returned verbatim; no CAML is evaluated. An acting
/// user needs ManageLists to add or delete (else 403).
/// </summary>
internal static class ViewEndpoints
{
    private const int DefaultRowLimit = 30;

    private static readonly string[] CreationProperties = ["__metadata", "Title", "ViewFields", "Query", "RowLimit", "PersonalView", "SetAsDefaultView"];

    // Computed fields SharePoint offers in every view besides the list's own columns (Author and Editor are the
    // "Created By" and "Modified By" columns, which the local tenant keeps as item properties rather than fields).
    private static readonly string[] ListViewFields = ["LinkTitle", "LinkTitleNoMenu", "Author", "Editor"];
    private static readonly string[] LibraryViewFields = ["LinkFilename", "LinkFilenameNoMenu", "DocIcon"];

    /// <summary>Maps the endpoints for every list form.</summary>
    public static void MapViews(this IEndpointRouteBuilder app)
    {
        foreach (var list in ListRoutes.Lists)
        {
            app.MapPost(list + "/views/add", AddAsync);
            app.MapGet(list + "/views", AllAsync);
            app.MapDelete(list + "/views({viewKey})", DeleteAsync);
        }
    }

    private static async Task AddAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var parameters = body.Object("parameters") ?? throw SpErrors.MissingParameter("parameters");
        foreach (var (name, _) in parameters.Where(p => !CreationProperties.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            throw SpErrors.Unsupported($"The property '{name}' of SP.ViewCreationInformation is not supported by the local tenant.");
        }

        var title = parameters.String("Title")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            throw SpErrors.MissingParameter("Title");
        }

        var rowLimit = parameters.Int("RowLimit") ?? DefaultRowLimit;
        if (rowLimit < 1)
        {
            throw SpErrors.Unsupported($"RowLimit must be a positive number; found {rowLimit}.");
        }

        var personal = parameters.Bool("PersonalView") ?? false;
        var makeDefault = parameters.Bool("SetAsDefaultView") ?? false;
        if (personal && makeDefault)
        {
            throw SpErrors.Unsupported("A personal view cannot be the default view of a list.");
        }

        var requested = FieldNames(parameters["ViewFields"]);
        var query = parameters.String("Query") ?? string.Empty;
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var list = target.List!;
            var fields = requested.Select(name => Resolve(ListStore.Fields(session, list.Id), list, name)).ToList();
            AccessGuard.Require(session, target, caller, BasePermissions.ManageLists);
            var view = new ViewRecord(Guid.NewGuid(), list.Id, title, fields, query, rowLimit, false, personal, ViewStore.UrlNameFor(session, list.Id, title));
            ViewStore.Insert(session, view);
            if (makeDefault)
            {
                ViewStore.SetDefault(session, list.Id, view.Id);
                view = view with { IsDefault = true };
            }

            return view.ToJson(target.Site, list, withFields: false);
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task AllAsync(HttpContext http)
    {
        var expand = Projection.Names(http.Request.Query["$expand"]);
        foreach (var name in expand.Where(n => !string.Equals(n, "ViewFields", StringComparison.OrdinalIgnoreCase)))
        {
            throw SpErrors.Unsupported($"Expanding '{name}' on views is not supported by the local tenant; only ViewFields is.");
        }

        var withFields = expand.Count > 0;

        var select = http.Request.Query["$select"].ToString();
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var views = ViewStore.All(session, target.List!.Id);
            return new JsonArray([.. views.Select(v => (JsonNode)Projection.Select(v.ToJson(target.Site, target.List, withFields), select, "SP.View", ["ViewFields"]))]);
        });
        await WireJson.WriteValueAsync(http, json);
    }

    private static async Task DeleteAsync(HttpContext http)
    {
        var viewId = ODataArgs.Guid(Targets.RouteValue(http, "viewKey"));
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var view = ViewStore.Find(session, target.List!.Id, viewId) ?? throw SpErrors.OutOfRange(StatusCodes.Status404NotFound);
            AccessGuard.Require(session, target, caller, BasePermissions.ManageLists);
            if (view.IsDefault)
            {
                throw SpErrors.DefaultViewUndeletable();
            }

            ViewStore.Delete(session, view);
        });
        await WireJson.WriteEmptyAsync(http);
    }

    /// <summary>The names of <c>ViewFields</c>: <c>{"results":[…]}</c> as verbose JSON sends it, or a plain array.</summary>
    private static List<string> FieldNames(JsonNode? node)
    {
        var array = node switch
        {
            null => [],
            JsonArray plain => plain,
            JsonObject verbose => verbose.Array("results"),
            _ => throw SpErrors.Unsupported("ViewFields must be {\"results\":[\"FieldName\",…]}."),
        };
        return [.. array.Select(e => e is JsonValue value && value.TryGetValue<string>(out var name) && name.Trim().Length > 0
            ? name.Trim()
            : throw SpErrors.Unsupported("Every entry of ViewFields must be a field's internal name."))];
    }

    /// <summary>The internal name of a view field (its canonical spelling); 400 "Column … does not exist" when none.</summary>
    private static string Resolve(IReadOnlyList<FieldDefinition> fields, ListRecord list, string name) =>
        fields.FirstOrDefault(f => string.Equals(f.InternalName, name, StringComparison.OrdinalIgnoreCase))?.InternalName
        ?? ListViewFields.Concat(list.IsLibrary ? LibraryViewFields : []).FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
        ?? throw SpErrors.ColumnMissing(name);
}
