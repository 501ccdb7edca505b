using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Applies <c>formValues</c> to an item's values: an unknown column fails the request (400); a value that does not
/// parse, a person the directory lacks or a duplicate in a unique column marks its entry
/// (<c>HasException</c>) and nothing is stored.
/// </summary>
internal static class FormValues
{
    /// <summary>The <c>(FieldName, FieldValue)</c> pairs of a request body.</summary>
    public static IReadOnlyList<(string Name, string? Value)> Read(JsonObject body) =>
        [.. body.Array("formValues").OfType<JsonObject>().Select(v => (v.String("FieldName") ?? string.Empty, v.String("FieldValue")))];

    /// <summary>Applies the pairs to a copy of <paramref name="current"/>; the new values are null when any entry failed.</summary>
    public static FormResult Apply(StoreSession session, SiteRecord site, ListRecord list, IReadOnlyList<(string Name, string? Value)> pairs, JsonObject current, int itemId, bool acceptAnyUpn)
    {
        var fields = ListStore.Fields(session, list.Id);
        var resolved = pairs.Select(p => (p.Name, p.Value, Field: fields.FirstOrDefault(f => string.Equals(f.InternalName, p.Name, StringComparison.OrdinalIgnoreCase)) ?? throw SpErrors.ColumnMissing(p.Name))).ToList();
        var values = (JsonObject)current.DeepClone();
        var region = SiteRegion.Of(site);
        var entries = new JsonArray();
        var failed = false;
        foreach (var (name, text, field) in resolved)
        {
            var parsed = FieldValues.Parse(field, text, region);
            JsonNode? value = parsed.Value;
            var error = parsed.Error;
            if (error is null && parsed.Login is { } login)
            {
                var person = SiteUsers.Resolve(session, login, acceptAnyUpn);
                error = person is null ? "The user does not exist or is not unique." : null;
                value = person is null ? null : JsonValue.Create(SiteUsers.EnsurePerson(session, site, person, isSiteAdmin: false).Id);
            }

            if (error is null && field.EnforceUnique && value is not null && UniqueValues.Holder(session, list.Id, field.InternalName, value, itemId) is not null)
            {
                error = "This value already exists in the list.";
            }

            failed |= error is not null;
            values[field.InternalName] = value;
            entries.Add(Entry(name, text, error, itemId));
        }

        return new FormResult(entries, failed ? null : values);
    }

    /// <summary>The entry for a field (or, with FieldName "Id", the new item id).</summary>
    public static JsonObject Entry(string name, string? value, string? error, int itemId) => new()
    {
        ["ErrorCode"] = error is null ? 0 : FieldValues.InvalidValueCode,
        ["ErrorMessage"] = error,
        ["FieldName"] = name,
        ["FieldValue"] = value,
        ["HasException"] = error is not null,
        ["ItemId"] = itemId,
    };
}

/// <summary>The entries to answer with, and the values to store (null when an entry failed).</summary>
internal sealed record FormResult(JsonArray Entries, JsonObject? Values);
