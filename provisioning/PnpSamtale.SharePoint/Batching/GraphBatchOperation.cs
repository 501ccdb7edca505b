using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>One request of a Graph JSON <c>$batch</c>.</summary>
/// <param name="Id">The id, unique within the call (Graph matches responses to requests by it).</param>
/// <param name="Request">The request, with an absolute URL under the Graph base URL and a JSON body if any.</param>
/// <param name="DependsOn">
/// Ids of earlier operations that must succeed first (Graph answers <c>424</c> otherwise); they must fall in the same
/// batch of <c>SharePoint:GraphBatchSize</c>.
/// </param>
public sealed record GraphBatchOperation(string Id, WireRequest Request, IReadOnlyList<string>? DependsOn = null);
