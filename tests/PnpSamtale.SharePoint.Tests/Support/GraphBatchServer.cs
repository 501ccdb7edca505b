using System.Text.Json.Nodes;

namespace PnpSamtale.SharePoint.Tests.Support;

/// <summary>One inner answer of a stubbed Graph batch.</summary>
internal sealed record GraphAnswer(int Status, string? RetryAfter = null)
{
    public static GraphAnswer Accepted { get; } = new(202);
}

/// <summary>A stub Graph <c>$batch</c> endpoint that answers each inner request by id and records what it received.</summary>
internal sealed class GraphBatchServer
{
    private readonly Func<JsonObject, int, GraphAnswer> answer;
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly List<JsonArray> batches = [];

    public GraphBatchServer(Func<JsonObject, int, GraphAnswer> answer)
    {
        this.answer = answer;
        Handler = new StubHandler((request, _) => Answer(request));
    }

    public StubHandler Handler { get; }

    /// <summary>The "requests" array of each batch received.</summary>
    public IReadOnlyList<JsonArray> Batches => batches;

    private HttpResponseMessage Answer(SeenRequest request)
    {
        Assert.Equal("https://graph.microsoft.com/v1.0/$batch", request.Uri.AbsoluteUri);
        var requests = JsonNode.Parse(request.Body)!["requests"]!.AsArray();
        lock (batches)
        {
            batches.Add(requests);
            var responses = new JsonArray();

            // Graph may answer in any order: answer last-first to hold the client to matching by id.
            foreach (var inner in requests.Reverse().Select(r => r!.AsObject()))
            {
                var id = inner["id"]!.GetValue<string>();
                var count = seen.GetValueOrDefault(id);
                seen[id] = count + 1;
                var reply = answer(inner, count);
                var headers = new JsonObject();
                if (reply.RetryAfter is not null)
                {
                    headers["Retry-After"] = reply.RetryAfter;
                }

                var body = reply.Status >= 400
                    ? new JsonObject { ["error"] = new JsonObject { ["code"] = reply.Status == 429 ? "TooManyRequests" : "Failed", ["message"] = "stub" } }
                    : null;
                responses.Add(new JsonObject { ["id"] = id, ["status"] = reply.Status, ["headers"] = headers, ["body"] = body });
            }

            return Respond.Json(new JsonObject { ["responses"] = responses }.ToJsonString());
        }
    }
}
