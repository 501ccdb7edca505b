using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>The outer requests of the two batch formats.</summary>
public static class BatchRequests
{
    /// <summary>
    /// <c>POST {site}/_api/$batch</c> with <c>Content-Type: multipart/mixed; boundary=batch_{guid}</c> and the written parts.
    /// </summary>
    public static WireRequest SharePoint(Uri site, SharePointBatchPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var uri = SharePointRequest.Api(site, "$batch");
        return new WireRequest(HttpMethod.Post, uri, [new("Accept", MediaTypes.SharePointAccept)], WireBody.Text(payload.ContentType, payload.Text));
    }

    /// <summary><c>POST {graph}/$batch</c> with the JSON <c>{"requests":[…]}</c> body.</summary>
    public static WireRequest Graph(Uri graphBase, JsonObject body) =>
        GraphRequest.Post(GraphRequest.Api(graphBase, "$batch"), body);
}
