using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>Applies <c>$select</c> to a flat object, as SharePoint does for webs, lists, fields and bin items.</summary>
internal static class Projection
{
    /// <summary>The names in a <c>$select</c>, or an empty list when there is none.</summary>
    public static IReadOnlyList<string> Names(string? select) =>
        string.IsNullOrWhiteSpace(select)
            ? []
            : [.. select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// The properties of <paramref name="full"/> named in <paramref name="select"/> (all when empty). A name that is
    /// neither in the object nor in <paramref name="alsoKnown"/> is a 400 naming <paramref name="typeName"/>.
    /// </summary>
    public static JsonObject Select(JsonObject full, string? select, string typeName, IReadOnlyCollection<string>? alsoKnown = null)
    {
        var names = Names(select);
        if (names.Count == 0)
        {
            return full;
        }

        var result = new JsonObject();
        foreach (var name in names)
        {
            var match = full.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
            if (match.Key is not null)
            {
                result[match.Key] = match.Value?.DeepClone();
            }
            else if (alsoKnown is null || !alsoKnown.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw SpErrors.UnknownProperty(name, typeName);
            }
        }

        return result;
    }
}
