using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>
/// Builders for the web's and the site collection's recycle bins. A bin is never read whole — SharePoint refuses a
/// bin of more than 5,000 entries with the list view threshold error, filtered or not — but a page at a time
/// (<see cref="Page"/>) or an entry at a time (<see cref="GetFromWeb"/>, <see cref="GetFromSite"/>).
/// </summary>
public static class RecycleBinRequests
{
    /// <summary>
    /// <c>POST {site}/_api/web/GetRecycleBinItemsByQueryInfo?rowLimit='{n}'&amp;isAscending=true&amp;itemState={1|2}&amp;orderBy=3&amp;showOnlyMyItems=false[&amp;pagingInfo=id%3D{last id}]</c>:
    /// one page of a stage, oldest deletion first (<c>orderBy</c> 3, the deletion date), starting after the entry
    /// <paramref name="after"/> (the last of the previous page). A read, so it may be sent again.
    /// </summary>
    public static WireRequest Page(Uri site, RecycleBinStage stage, RecycleBinItem? after, int rowLimit = ItemQuery.Threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowLimit, ItemQuery.Threshold);
        var query = "web/GetRecycleBinItemsByQueryInfo?rowLimit=%27" + rowLimit.ToString(CultureInfo.InvariantCulture) + "%27&isAscending=true&itemState="
            + ((int)stage).ToString(CultureInfo.InvariantCulture) + "&orderBy=3&showOnlyMyItems=false";
        if (after is not null)
        {
            query += "&pagingInfo=" + ODataLiteral.Query("id=" + after.Id.ToString("D", CultureInfo.InvariantCulture));
        }

        return SharePointRequest.IdempotentPost(SharePointRequest.Api(site, query));
    }

    /// <summary><c>GET {site}/_api/web/RecycleBin('{id}')</c>: one first-stage entry; 404 when it is not there.</summary>
    public static WireRequest GetFromWeb(Uri site, Guid id) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/RecycleBin(" + Quoted(id) + ")"));

    /// <summary><c>GET {site}/_api/site/RecycleBin('{id}')</c>: one entry of either stage; 404 when it is not there.</summary>
    public static WireRequest GetFromSite(Uri site, Guid id) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "site/RecycleBin(" + Quoted(id) + ")"));

    /// <summary><c>POST {site}/_api/web/RecycleBin('{id}')/MoveToSecondStage()</c>.</summary>
    public static WireRequest MoveToSecondStage(Uri site, Guid id) =>
        SharePointRequest.Post(SharePointRequest.Api(site, "web/RecycleBin(" + Quoted(id) + ")/MoveToSecondStage()"));

    /// <summary><c>DELETE {site}/_api/web/RecycleBin('{id}')</c>: gone for good.</summary>
    public static WireRequest DeleteFromWeb(Uri site, Guid id) =>
        SharePointRequest.Delete(SharePointRequest.Api(site, "web/RecycleBin(" + Quoted(id) + ")"));

    /// <summary><c>DELETE {site}/_api/site/RecycleBin('{id}')</c>: gone for good.</summary>
    public static WireRequest DeleteFromSite(Uri site, Guid id) =>
        SharePointRequest.Delete(SharePointRequest.Api(site, "site/RecycleBin(" + Quoted(id) + ")"));

    /// <summary><c>POST {site}/_api/site/RecycleBin/DeleteByIds</c> with <c>{"ids":["&lt;guid&gt;",…]}</c>.</summary>
    public static WireRequest DeleteByIds(Uri site, IReadOnlyList<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var array = new JsonArray(ids.Select(id => (JsonNode?)JsonValue.Create(id.ToString("D", CultureInfo.InvariantCulture))).ToArray());
        return SharePointRequest.IdempotentPost(SharePointRequest.Api(site, "site/RecycleBin/DeleteByIds"), new JsonObject { ["ids"] = array });
    }

    private static string Quoted(Guid id) => "'" + id.ToString("D", CultureInfo.InvariantCulture) + "'";
}
