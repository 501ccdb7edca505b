using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// <c>GET {list}/items</c> with <c>$select</c>, <c>$filter</c>, <c>$top</c> (default 100, at most 5000),
/// <c>$expand</c> of the role assignments (<see cref="ItemExpansion"/>) and paging by
/// <c>$skiptoken=Paged=TRUE&amp;p_ID={lastId}</c>; items in id order, trimmed to what the caller can view.
/// </summary>
internal static class ItemQuery
{
    private const int DefaultTop = 100;
    private const int MaxTop = 5000;

    /// <summary>Answers the query.</summary>
    public static async Task QueryAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var top = query.ContainsKey("$top") ? Math.Min(ODataArgs.Int(query["$top"]), MaxTop) : DefaultTop;
        if (top < 1)
        {
            throw SpErrors.Unsupported("$top must be a positive number.");
        }

        var after = AfterId(query["$skiptoken"].ToString());
        var filter = query["$filter"].ToString();
        var expansion = ItemExpansion.Parse(query["$expand"]);
        var caller = Caller.From(http);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var target = Targets.List(session, http, caller);
            var fields = ListStore.Fields(session, target.List!.Id);
            var properties = ItemJson.Properties(fields, query["$select"], expansion);
            var predicate = Predicate(session, target, fields, filter, tenant.Options.ListViewThreshold);
            var page = ItemStore.All(session, target.List.Id)
                .Where(i => i.Id > after && predicate(i) && (caller.IsApp || AccessGuard.CanView(session, target with { Item = i }, caller)))
                .Take(top + 1)
                .ToList();
            var assignments = ItemAssignments.Load(session, target, expansion, caller);
            var result = new JsonObject { ["value"] = new JsonArray([.. page.Take(top).Select(i => (JsonNode)ItemJson.Read(i, properties, assignments))]) };
            if (page.Count > top)
            {
                result["odata.nextLink"] = NextLink(http, tenant.BaseUri, page[top - 1].Id);
            }

            return result;
        });
        await WireJson.WriteAsync(http, json);
    }

    private static Func<ItemRecord, bool> Predicate(StoreSession session, Securable target, IReadOnlyList<FieldDefinition> fields, string filter, int threshold)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var expression = FilterParser.Parse(filter);
        var predicate = FilterCompiler.Compile(expression, name =>
        {
            var property = ItemProperties.Resolve(fields, name);
            return new FilterField<ItemRecord>(property.Kind, item => ItemProperties.FilterValue(property, item), property.Indexed);
        });
        var unindexed = expression.Fields().Any(name => !ItemProperties.Resolve(fields, name).Indexed);
        if (unindexed && ListStore.ItemCount(session, target.List!.Id) > threshold)
        {
            throw SpErrors.ListViewThreshold();
        }

        return predicate;
    }

    private static int AfterId(string skipToken)
    {
        const string Marker = "p_ID=";
        var at = skipToken.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return 0;
        }

        var digits = new string([.. skipToken[(at + Marker.Length)..].TakeWhile(char.IsAsciiDigit)]);
        return digits.Length > 0 ? int.Parse(digits, CultureInfo.InvariantCulture) : throw SpErrors.Unsupported($"'{skipToken}' is not a valid $skiptoken.");
    }

    private static string NextLink(HttpContext http, Uri baseUri, int lastId)
    {
        var kept = http.Request.Query
            .Where(p => !string.Equals(p.Key, "$skiptoken", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value.ToString()));
        var query = string.Join('&', kept.Append("$skiptoken=Paged%3dTRUE%26p_ID%3d" + lastId.ToString(CultureInfo.InvariantCulture)));
        return new Uri(baseUri, http.Request.Path.Value!.TrimStart('/')).AbsoluteUri + "?" + query;
    }
}
