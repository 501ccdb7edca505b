using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// <c>POST /v1.0/$batch</c>: at most 20 requests with unique ids, run in dependency order through the same pipeline
/// as direct requests; a request whose dependency failed is answered 424 without running. Responses come back in
/// request order. A request sent with a base64 body (a non-JSON Content-Type, e.g. a file upload) gets its response
/// body base64-encoded too, as Graph does; other non-JSON response bodies are base64 as well.
/// </summary>
internal static class GraphBatchEndpoint
{
    /// <summary>The most requests one batch may hold.</summary>
    public const int MaxRequests = 20;

    /// <summary>Maps the endpoint.</summary>
    public static void MapGraphBatch(this IEndpointRouteBuilder app) => app.MapPost("/v1.0/$batch", BatchAsync);

    private static async Task BatchAsync(HttpContext http)
    {
        var body = await RequestJson.ReadGraphAsync(http);
        var requests = GraphBatchRequest.ReadAll(body.Array("requests"), MaxRequests);
        var tenant = http.Tenant();
        var inner = http.RequestServices.GetRequiredService<InnerRequests>();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var answers = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var request in GraphBatchRequest.InDependencyOrder(requests))
        {
            if (request.DependsOn.Any(d => statuses[d] >= 400))
            {
                statuses[request.Id] = StatusCodes.Status424FailedDependency;
                answers[request.Id] = Answer(request.Id, StatusCodes.Status424FailedDependency, new JsonObject(), new JsonObject
                {
                    ["error"] = new JsonObject { ["code"] = "FailedDependency", ["message"] = "The request depends on a request that failed." },
                });
                continue;
            }

            var response = await inner.SendAsync(http, request.ToInner(tenant.BaseUri));
            statuses[request.Id] = response.StatusCode;
            answers[request.Id] = Answer(request.Id, response.StatusCode, Headers(response), Body(response, request.IsBinary));
        }

        Log.BatchExecuted(tenant.Logger, "Graph", requests.Count);
        await WireJson.WriteGraphAsync(http, new JsonObject { ["responses"] = new JsonArray([.. requests.Select(r => (JsonNode)answers[r.Id])]) });
    }

    private static JsonObject Answer(string id, int status, JsonObject headers, JsonNode? body)
    {
        var answer = new JsonObject { ["id"] = id, ["status"] = status, ["headers"] = headers };
        if (body is not null)
        {
            answer["body"] = body;
        }

        return answer;
    }

    private static JsonObject Headers(InnerResponse response)
    {
        var headers = new JsonObject();
        foreach (var name in new[] { "Content-Type", "Retry-After", "Location" })
        {
            if (response.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        return headers;
    }

    private static JsonNode? Body(InnerResponse response, bool base64)
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        if (!base64 && response.Headers.ContentType.ToString().StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return JsonNode.Parse(response.Body);
            }
            catch (JsonException)
            {
                return Encoding.UTF8.GetString(response.Body);
            }
        }

        return Convert.ToBase64String(response.Body);
    }
}
