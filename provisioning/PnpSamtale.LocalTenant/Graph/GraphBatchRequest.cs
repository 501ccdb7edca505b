using System.Text;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// One request of a Graph JSON batch. A body whose <c>Content-Type</c> header is not JSON (a file upload) arrives as a
/// base64 string and is decoded into <see cref="BinaryBody"/>; such a request is answered with a base64 body too.
/// </summary>
internal sealed record GraphBatchRequest(string Id, string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, JsonNode? Body, IReadOnlyList<string> DependsOn)
{
    /// <summary>The decoded bytes of a non-JSON body, or null for a JSON body or none.</summary>
    public byte[]? BinaryBody { get; init; }

    /// <summary>Whether the body was sent base64-encoded (its content type is not JSON).</summary>
    public bool IsBinary => BinaryBody is not null;

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
        if (BinaryBody is not null)
        {
            body = BinaryBody;
        }
        else if (Body is JsonValue text && text.TryGetValue<string>(out var raw))
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
        var body = request["body"]?.DeepClone();
        return new GraphBatchRequest(id, method, url, headers, body, dependsOn) { BinaryBody = Binary(id, headers, body) };
    }

    /// <summary>The decoded bytes when the request's Content-Type is not JSON; 400 when such a body is not base64.</summary>
    private static byte[]? Binary(string id, List<(string Name, string Value)> headers, JsonNode? body)
    {
        var contentType = headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        if (body is null || string.IsNullOrEmpty(contentType) || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = body is JsonValue value && value.TryGetValue<string>(out var encoded) ? encoded : null;
        var buffer = new byte[((text?.Length ?? 0) * 3 / 4) + 3];
        return text is not null && Convert.TryFromBase64String(text, buffer, out var length)
            ? buffer[..length]
            : throw GraphErrorException.Invalid($"The body of request '{id}' has Content-Type {contentType} and must be a base64 string.");
    }
}
