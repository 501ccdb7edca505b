using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>The outer requests of the two batch formats.</summary>
public static class BatchRequests
{
    /// <summary>
    /// <c>POST {site}/_api/$batch</c> with <c>Content-Type: multipart/mixed; boundary=batch_{guid}</c> and the written parts.
    /// </summary>
    /// <param name="site">The site every operation targets.</param>
    /// <param name="payload">The written parts.</param>
    /// <param name="idempotent">Whether every operation in it is idempotent (<see cref="WireRequest.Idempotent"/>): only then may the batch be re-sent when its outcome is unknown.</param>
    public static WireRequest SharePoint(Uri site, SharePointBatchPayload payload, bool idempotent)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var uri = SharePointRequest.Api(site, "$batch");
        return new WireRequest(HttpMethod.Post, uri, [new("Accept", MediaTypes.SharePointAccept)], WireBody.Text(payload.ContentType, payload.Text)) { Idempotent = idempotent };
    }

    /// <summary><c>POST {graph}/$batch</c> with the JSON <c>{"requests":[…]}</c> body.</summary>
    /// <param name="graphBase">The Graph root.</param>
    /// <param name="body">The requests.</param>
    /// <param name="idempotent">Whether every request in it is idempotent.</param>
    public static WireRequest Graph(Uri graphBase, JsonObject body, bool idempotent) =>
        GraphRequest.Post(GraphRequest.Api(graphBase, "$batch"), body) with { Idempotent = idempotent };
}
