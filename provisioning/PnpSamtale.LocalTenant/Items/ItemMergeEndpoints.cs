using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// <c>POST {item}</c> with <c>X-HTTP-Method: MERGE</c>: updates the properties in a verbose body
/// (<c>{"__metadata":{"type":"SP.Data.{List}ListItem"},"Name":value,…}</c>) only when the <c>IF-MATCH</c> ETag is the
/// item's current one (<see cref="ItemETags"/>), else <c>412</c>; answers <c>204</c> with the new <c>ETag</c>. Resolve
/// (the item), guard (EditListItems, the ETag), act (a new version) in one unit of work, inside <c>$batch</c> too.
/// </summary>
internal static class ItemMergeEndpoints
{
    /// <summary>Maps the endpoint for every item path form.</summary>
    public static void MapItemMerge(this IEndpointRouteBuilder app)
    {
        foreach (var item in ListRoutes.Items)
        {
            app.MapMethods(item, ["MERGE"], MergeAsync);
        }
    }

    private static async Task MergeAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var verbose = http.Request.ContentType?.Contains("odata=verbose", StringComparison.OrdinalIgnoreCase) == true;
        var caller = Caller.From(http);
        var tenant = http.Tenant();
        var etag = tenant.Database.Run(session =>
        {
            var target = Targets.Item(session, http, caller);
            var list = target.List!;
            var typeName = ItemEntityType.FullName(list);
            CheckMetadata(body, verbose, typeName);
            AccessGuard.Require(session, target, caller, BasePermissions.EditListItems);
            var item = target.Item!;
            ItemETags.RequireMatch(http, item);
            var values = Apply(session, list, item, body, typeName);
            var updated = ItemStore.Update(session, item, values, PermissionEvaluator.UserOf(session, target.Site, caller)!.Id);
            return ItemETags.Of(updated);
        });
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        http.Response.Headers.ETag = etag;
    }

    /// <summary>
    /// A body with <c>__metadata</c> must come as <c>application/json;odata=verbose</c> (sp-dev-docs#5665: plain JSON
    /// gives "The property '__metadata' does not exist on type …"), and its type must be the list's
    /// <c>ListItemEntityTypeFullName</c> ("A type named '…' could not be resolved by the model.", pnp/pnpjs#1294). A
    /// body without <c>__metadata</c> is accepted, as SharePoint Online does (sp-dev-docs#3859).
    /// </summary>
    private static void CheckMetadata(JsonObject body, bool verbose, string typeName)
    {
        if (body["__metadata"] is null)
        {
            return;
        }

        if (!verbose)
        {
            throw SpErrors.UnknownProperty("__metadata", typeName);
        }

        var type = (body["__metadata"] as JsonObject)?.String("type");
        if (!string.Equals(type, typeName, StringComparison.Ordinal))
        {
            throw SpErrors.Unsupported($"A type named '{type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.");
        }
    }

    private static JsonObject Apply(Store.StoreSession session, ListRecord list, ItemRecord item, JsonObject body, string typeName)
    {
        var fields = ListStore.Fields(session, list.Id);
        var values = (JsonObject)item.Values.DeepClone();
        foreach (var (name, value) in body.Where(p => p.Key != "__metadata"))
        {
            var field = fields.FirstOrDefault(f => !f.BuiltIn && string.Equals(f.InternalName, name, StringComparison.Ordinal) && f.TypeAsString != FieldTypes.User)
                ?? fields.FirstOrDefault(f => f.TypeAsString == FieldTypes.User && string.Equals(f.InternalName + "Id", name, StringComparison.Ordinal))
                ?? (name == "Title" ? fields.FirstOrDefault(f => f.InternalName == "Title") : null)
                ?? throw SpErrors.UnknownProperty(name, typeName);
            var stored = Convert(field, value);
            if (field.EnforceUnique && stored is not null && UniqueValues.Holder(session, list.Id, field.InternalName, stored, item.Id) is not null)
            {
                throw new SharePointErrorException(
                    StatusCodes.Status500InternalServerError,
                    "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
                    "The list item could not be added or updated because duplicate values were found in one or more fields in the list.");
            }

            values[field.InternalName] = stored;
        }

        return values;
    }

    /// <summary>The stored value of a JSON value for a field; 400 when its type does not fit the column.</summary>
    private static JsonValue? Convert(FieldDefinition field, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        var (edm, converted) = field.TypeAsString switch
        {
            FieldTypes.Text or FieldTypes.Note => ("Edm.String", Text(value)),
            FieldTypes.Choice => ("Edm.String", Text(value) is { } choice && field.Choices.Contains(choice.GetValue<string>(), StringComparer.Ordinal) ? choice : null),
            FieldTypes.Number => ("Edm.Double", Number(value)),
            FieldTypes.Boolean => ("Edm.Boolean", value is JsonValue flag && flag.TryGetValue<bool>(out var b) ? JsonValue.Create(b) : null),
            FieldTypes.DateTime => ("Edm.DateTime", Instant(value)),
            FieldTypes.User => ("Edm.Int32", value is JsonValue id && id.TryGetValue<int>(out var user) ? JsonValue.Create(user) : null),
            _ => ("Edm.String", null),
        };
        return converted ?? throw SpErrors.Unsupported($"Cannot convert a primitive value to the expected type '{edm}' of the property '{field.InternalName}'.");
    }

    private static JsonValue? Text(JsonNode value) => value is JsonValue text && text.TryGetValue<string>(out var s) ? JsonValue.Create(s) : null;

    private static JsonValue? Number(JsonNode value) =>
        value is not JsonValue number ? null
        : number.TryGetValue<double>(out var d) ? JsonValue.Create(d)
        : number.TryGetValue<string>(out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? JsonValue.Create(parsed)
        : null;

    // Dates travel in ISO 8601 with their offset (UTC 'Z' as the client sends them) and are stored in UTC.
    private static JsonValue? Instant(JsonNode value) =>
        Text(value)?.GetValue<string>() is { } text
        && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? JsonValue.Create(Store.StoreValues.Text(instant))
            : null;
}
