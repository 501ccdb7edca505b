using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// <c>GET {list}/items</c> with <c>$select</c>, <c>$filter</c>, <c>$top</c> (default 100, at most 5000 — more is
/// refused, not capped), <c>$orderby=Id [asc|desc]</c>, <c>$expand</c> of the role assignments
/// (<see cref="ItemExpansion"/>) and paging by <c>$skiptoken=Paged=TRUE&amp;p_ID={lastId}</c>; items in id order,
/// trimmed to what the caller can view. On a list above the list view threshold a filter must be driven by an indexed
/// column (<see cref="ThresholdRule"/>).
/// </summary>
internal static class ItemQuery
{
    private const int DefaultTop = 100;
    private const int MaxTop = 5000;

    /// <summary>Answers the query.</summary>
    public static async Task QueryAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var top = query.ContainsKey("$top") ? ODataArgs.Int(query["$top"]) : DefaultTop;
        if (top < 1)
        {
            throw SpErrors.Unsupported("$top must be a positive number.");
        }

        if (top > MaxTop)
        {
            // SharePoint returns at most 5,000 items a request; a larger $top is an error, not a silent cap.
            throw SpErrors.ListViewThreshold();
        }

        var descending = Descending(query["$orderby"].ToString());
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
            var all = ItemStore.All(session, target.List.Id);
            var predicate = Predicate(all, fields, filter, tenant.Options.ListViewThreshold);
            var ordered = descending ? Enumerable.Reverse(all) : all;
            var page = ordered
                .Where(i => (after is not { } last || (descending ? i.Id < last : i.Id > last)) && predicate(i)
                    && (caller.IsApp || AccessGuard.CanView(session, target with { Item = i }, caller)))
                .Take(top + 1)
                .ToList();
            var assignments = ItemAssignments.Load(session, target, expansion, Projection.Names(query["$select"]), caller);
            var result = new JsonObject { ["value"] = new JsonArray([.. page.Take(top).Select(i => (JsonNode)ItemJson.Read(i, properties, assignments))]) };
            if (page.Count > top)
            {
                result["odata.nextLink"] = NextLink(http, tenant.BaseUri, page[top - 1].Id);
            }

            return result;
        });
        await WireJson.WriteAsync(http, json);
    }

    private static Func<ItemRecord, bool> Predicate(List<ItemRecord> items, IReadOnlyList<FieldDefinition> fields, string filter, int threshold)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var expression = FilterParser.Parse(filter);
        FilterField<ItemRecord> Resolve(string name)
        {
            var property = ItemProperties.Resolve(fields, name);
            return new FilterField<ItemRecord>(property.Kind, item => ItemProperties.FilterValue(property, item), property.Indexed);
        }

        var predicate = FilterCompiler.Compile(expression, Resolve);
        if (items.Count > threshold && !ThresholdRule.Allows(expression, Resolve, items, threshold))
        {
            throw SpErrors.ListViewThreshold();
        }

        return predicate;
    }

    private static bool Descending(string orderBy)
    {
        if (string.IsNullOrWhiteSpace(orderBy))
        {
            return false;
        }

        var parts = orderBy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 2 || !string.Equals(parts[0], "Id", StringComparison.OrdinalIgnoreCase)
            || (parts.Length == 2 && parts[1].ToUpperInvariant() is not ("ASC" or "DESC")))
        {
            throw SpErrors.Unsupported($"$orderby '{orderBy}' is not supported by the local tenant; items are ordered by Id (asc or desc) only.");
        }

        return parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
    }

    private static int? AfterId(string skipToken)
    {
        const string Marker = "p_ID=";
        var at = skipToken.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
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
