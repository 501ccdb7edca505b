using System.Text;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>One request of a Graph JSON batch.</summary>
internal sealed record GraphBatchRequest(string Id, string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, JsonNode? Body, IReadOnlyList<string> DependsOn)
{
    /// <summary>Reads and checks the requests: at most <paramref name="max"/>, ids unique, dependencies known.</summary>
    public static List<GraphBatchRequest> ReadAll(JsonArray array, int max)
    {
        if (array.Count == 0 || array.Count > max)
        {
            throw GraphErrorException.Invalid($"A batch must hold between 1 and {max} requests; this one holds {array.Count}.");
        }

        var requests = array.Select(Read).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests.Where(request => !ids.Add(request.Id)))
        {
            throw GraphErrorException.Invalid($"The request id '{request.Id}' is used more than once.");
        }

        foreach (var missing in requests.SelectMany(r => r.DependsOn).Where(d => !ids.Contains(d)))
        {
            throw GraphErrorException.Invalid($"dependsOn names the unknown request id '{missing}'.");
        }

        return requests;
    }

    /// <summary>The requests ordered so every dependency runs first (stable otherwise); 400 on a cycle.</summary>
    public static List<GraphBatchRequest> InDependencyOrder(List<GraphBatchRequest> requests)
    {
        var ordered = new List<GraphBatchRequest>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < requests.Count)
        {
            var ready = requests.FirstOrDefault(r => !done.Contains(r.Id) && r.DependsOn.All(done.Contains))
                ?? throw GraphErrorException.Invalid("The dependsOn references form a cycle.");
            ordered.Add(ready);
            done.Add(ready.Id);
        }

        return ordered;
    }

    /// <summary>The request as an inner request on this server (<c>{base}/v1.0{url}</c>).</summary>
    public InnerRequest ToInner(Uri baseUri)
    {
        var relative = Url;
        var marker = relative.IndexOf("/v1.0/", StringComparison.OrdinalIgnoreCase);
        if (Uri.TryCreate(relative, UriKind.Absolute, out _) && marker >= 0)
        {
            relative = relative[(marker + "/v1.0".Length)..];
        }

        var url = new Uri(baseUri, "v1.0/" + relative.TrimStart('/'));
        var headers = Headers.ToList();
        byte[] body = [];
        if (Body is JsonValue text && text.TryGetValue<string>(out var raw))
        {
            body = Encoding.UTF8.GetBytes(raw);
        }
        else if (Body is not null)
        {
            body = Encoding.UTF8.GetBytes(Body.ToJsonString(WireJson.Options));
            if (!headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                headers.Add(("Content-Type", "application/json"));
            }
        }

        return new InnerRequest(Method, url, headers, body);
    }

    private static GraphBatchRequest Read(JsonNode? node)
    {
        var request = node as JsonObject ?? throw GraphErrorException.Invalid("Each batch request must be an object.");
        var id = request.String("id");
        var method = request.String("method");
        var url = request.String("url");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(method) || string.IsNullOrEmpty(url))
        {
            throw GraphErrorException.Invalid("Each batch request needs an id, a method and a url.");
        }

        var headers = (request.Object("headers") ?? new JsonObject()).Select(h => (h.Key, h.Value?.ToString() ?? string.Empty)).ToList();
        var dependsOn = request.Array("dependsOn").Select(d => d?.ToString() ?? string.Empty).ToList();
        return new GraphBatchRequest(id, method, url, headers, request["body"]?.DeepClone(), dependsOn);
    }
}
