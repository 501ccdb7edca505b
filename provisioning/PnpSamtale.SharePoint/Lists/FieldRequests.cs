using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Lists;

/// <summary>Builders for changing a list's fields (SharePoint REST; each can also go into a <c>$batch</c>).</summary>
public static class FieldRequests
{
    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/fields/getbyinternalnameortitle('{name}')</c> with
    /// <c>X-HTTP-Method: MERGE</c>, <c>IF-MATCH: *</c> and <c>{"__metadata":{"type":"SP.Field"},"CustomFormatter":"…"}</c>:
    /// sets the column's formatting JSON (an empty text removes it). SharePoint answers <c>204</c>.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="listId">The list.</param>
    /// <param name="internalName">The field's internal name.</param>
    /// <param name="json">The column formatting JSON, as text.</param>
    public static WireRequest SetCustomFormatter(Uri site, Guid listId, string internalName, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(internalName);
        ArgumentNullException.ThrowIfNull(json);
        var body = new JsonObject
        {
            ["__metadata"] = new JsonObject { ["type"] = "SP.Field" },
            ["CustomFormatter"] = json,
        };
        var path = ListRequests.ById(listId) + "/fields/getbyinternalnameortitle(" + ODataLiteral.Quoted(internalName) + ")";
        return SharePointRequest.Merge(SharePointRequest.Api(site, path), body);
    }
}
