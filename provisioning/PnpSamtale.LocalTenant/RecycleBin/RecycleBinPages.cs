using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;

namespace PnpSamtale.LocalTenant.RecycleBin;

/// <summary>
/// <c>POST {site}/_api/web/GetRecycleBinItemsByQueryInfo?rowLimit='{n}'&amp;isAscending={bool}&amp;itemState={1|2}&amp;orderBy={n}&amp;showOnlyMyItems={bool}[&amp;pagingInfo={info}]</c>:
/// one page of a bin's entries, as PnP Core reads large bins. <c>itemState</c> 1 is the web's first stage, 2 the site
/// collection's second stage; <c>orderBy</c> 0 orders by title, 3 by deletion date (others by deletion date too); ties
/// by id. <c>rowLimit</c> is at most 5,000. <c>pagingInfo</c> is <c>id={id of the last entry of the previous page}</c>
/// (the shape PnP PowerShell pages with; other keys are ignored) — the page starts after that entry.
/// </summary>
internal static class RecycleBinPages
{
    private const int MaxRowLimit = 5000;

    /// <summary>Answers the query.</summary>
    public static async Task QueryAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var rowLimit = ODataArgs.Int(Unquote(query["rowLimit"].ToString()));
        if (rowLimit is < 1 or > MaxRowLimit)
        {
            throw rowLimit > MaxRowLimit ? SpErrors.ListViewThreshold() : SpErrors.Unsupported("rowLimit must be a positive number.");
        }

        var ascending = !query.ContainsKey("isAscending") || ODataArgs.Bool(query["isAscending"]);
        var stage = query.ContainsKey("itemState") ? ODataArgs.Int(query["itemState"]) : 1;
        if (stage is not (1 or 2))
        {
            throw SpErrors.Unsupported("itemState must be 1 (first stage) or 2 (second stage).");
        }

        var byTitle = query.ContainsKey("orderBy") && ODataArgs.Int(query["orderBy"]) == 0;
        var after = AfterId(query["pagingInfo"].ToString());
        var caller = Caller.From(http);
        var json = http.Tenant().Database.Run(session =>
        {
            var site = RecycleBinEndpoints.Bin(session, http, caller, stage);
            var entries = RecycleBinStore.All(session, site.Id, stage).Where(e => e.Stage == stage && RecycleBinEndpoints.Owns(caller, e, stage));
            var ordered = (byTitle
                ? entries.OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id)
                : entries.OrderBy(e => e.DeletedDate).ThenBy(e => e.Id)).ToList();
            if (!ascending)
            {
                ordered.Reverse();
            }

            var start = 0;
            if (after is { } last)
            {
                var at = ordered.FindIndex(e => e.Id == last);
                start = at >= 0 ? at + 1 : throw SpErrors.Unsupported($"pagingInfo names the entry {last}, which is no longer in the bin; start again without pagingInfo.");
            }

            return new JsonArray([.. ordered.Skip(start).Take(rowLimit).Select(e => (JsonNode)e.ToJson())]);
        });
        await WireJson.WriteValueAsync(http, json);
    }

    private static string Unquote(string text) => text.Trim().Trim('\'');

    private static Guid? AfterId(string pagingInfo)
    {
        if (string.IsNullOrWhiteSpace(pagingInfo))
        {
            return null;
        }

        foreach (var part in pagingInfo.Split('&'))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                return ODataArgs.Guid(Uri.UnescapeDataString(pair[1]));
            }
        }

        throw SpErrors.Unsupported(string.Create(CultureInfo.InvariantCulture, $"pagingInfo '{pagingInfo}' has no id=…; expected id={{id of the last entry of the previous page}}."));
    }
}
