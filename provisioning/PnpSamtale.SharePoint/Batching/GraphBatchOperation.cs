using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>One request of a Graph JSON <c>$batch</c>.</summary>
/// <param name="Id">The id, unique within the call (Graph matches responses to requests by it).</param>
/// <param name="Request">
/// The request, with an absolute URL under the Graph base URL. A JSON body travels as JSON; any other body (a file's
/// bytes) travels base64-encoded with its content type, and its response body comes back base64-encoded too.
/// </param>
/// <param name="DependsOn">
/// Ids of earlier operations that must succeed first (Graph answers <c>424</c> otherwise); they must fall in the same
/// batch of <c>SharePoint:GraphBatchSize</c>.
/// </param>
public sealed record GraphBatchOperation(string Id, WireRequest Request, IReadOnlyList<string>? DependsOn = null)
{
    /// <summary>Whether the request has a body that is not JSON, which the batch carries (both ways) as base64.</summary>
    public bool HasBinaryBody => Request.Body is { IsJson: false };
}
