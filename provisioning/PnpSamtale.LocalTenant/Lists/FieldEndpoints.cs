using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>
/// The fields of a list: read them (with <c>$select</c>), and set a field's column formatting with <c>MERGE</c> on
/// <c>fields/getbyinternalnameortitle('{name}')</c> (or <c>POST</c> with <c>X-HTTP-Method: MERGE</c>). An acting user
/// needs ManageLists to change a field (else 403).
/// </summary>
internal static class FieldEndpoints
{
    private const string CustomFormatter = "CustomFormatter";

    private static readonly string[] Changeable = ["__metadata", CustomFormatter];

    /// <summary>Maps the endpoints for every list form.</summary>
    public static void MapFields(this IEndpointRouteBuilder app)
    {
        foreach (var list in ListRoutes.Lists)
        {
            app.MapGet(list + "/fields", FieldsAsync);
            app.MapMethods(list + "/fields/getbyinternalnameortitle({fieldName})", ["MERGE", "PATCH"], UpdateAsync);
        }
    }

    private static async Task FieldsAsync(HttpContext http)
    {
        var caller = Caller.From(http);
        var select = http.Request.Query["$select"].ToString();
        var json = http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var fields = ListStore.Fields(session, target.List!.Id);
            return new JsonArray([.. fields.Select(f => (JsonNode)Projection.Select(f.ToJson(), select, "SP.Field", FieldDefinition.KnownProperties))]);
        });
        await WireJson.WriteValueAsync(http, json);
    }

    private static async Task UpdateAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        foreach (var (property, _) in body.Where(p => !Changeable.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            throw SpErrors.Unsupported($"The local tenant changes only {CustomFormatter} of a field; '{property}' is not supported.");
        }

        var change = body.ContainsKey(CustomFormatter);
        var formatter = change ? body.String(CustomFormatter) : null;
        var name = ODataArgs.String(Targets.RouteValue(http, "fieldName"));
        var caller = Caller.From(http);
        http.Tenant().Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var field = ListStore.Fields(session, target.List!.Id).FirstOrDefault(f =>
                    string.Equals(f.InternalName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.Title, name, StringComparison.OrdinalIgnoreCase))
                ?? throw SpErrors.ColumnMissing(name);
            AccessGuard.Require(session, target, caller, BasePermissions.ManageLists);
            if (change)
            {
                ListStore.SetCustomFormatter(session, target.List.Id, field.InternalName, string.IsNullOrEmpty(formatter) ? null : formatter);
            }
        });
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
