using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>Builders for the web's and the site collection's recycle bins.</summary>
public static class RecycleBinRequests
{
    /// <summary><c>GET {site}/_api/web/RecycleBin</c>: the web's first-stage entries.</summary>
    public static WireRequest ListWeb(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/RecycleBin"));

    /// <summary><c>GET {site}/_api/site/RecycleBin</c>: the site collection's entries.</summary>
    public static WireRequest ListSite(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "site/RecycleBin"));

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
        return SharePointRequest.Post(SharePointRequest.Api(site, "site/RecycleBin/DeleteByIds"), new JsonObject { ["ids"] = array });
    }

    private static string Quoted(Guid id) => "'" + id.ToString("D", CultureInfo.InvariantCulture) + "'";
}
