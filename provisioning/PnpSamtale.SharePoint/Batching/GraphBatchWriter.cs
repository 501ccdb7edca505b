using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// Writes a Graph JSON <c>$batch</c> body:
/// <c>{"requests":[{"id","method","url" (relative, no /v1.0),"headers","body","dependsOn"}]}</c>. A JSON body is
/// written as JSON; any other body as a base64 string, its media type in the <c>Content-Type</c> header, as Graph's
/// JSON batching requires.
/// </summary>
public static class GraphBatchWriter
{
    /// <summary>The body for <paramref name="operations"/>.</summary>
    /// <param name="graphBase">The Graph root the operations' URLs are made relative to.</param>
    /// <param name="operations">The operations, in order.</param>
    /// <param name="keepDependency">Which <c>dependsOn</c> ids to keep (a re-send drops those that already succeeded).</param>
    public static JsonObject Write(Uri graphBase, IReadOnlyList<GraphBatchOperation> operations, Func<string, bool>? keepDependency = null)
    {
        ArgumentNullException.ThrowIfNull(graphBase);
        ArgumentNullException.ThrowIfNull(operations);
        var requests = new JsonArray();
        foreach (var operation in operations)
        {
            requests.Add(WriteOne(graphBase, operation, keepDependency ?? (_ => true)));
        }

        return new JsonObject { ["requests"] = requests };
    }

    private static JsonObject WriteOne(Uri graphBase, GraphBatchOperation operation, Func<string, bool> keepDependency)
    {
        var request = operation.Request;
        var json = new JsonObject
        {
            ["id"] = operation.Id,
            ["method"] = request.Method.Method,
            ["url"] = RelativeUrl(graphBase, request.Uri),
        };
        var headers = new JsonObject();
        foreach (var header in request.Headers)
        {
            headers[header.Name] = header.Value;
        }

        if (request.Body is { } body)
        {
            // Graph requires Content-Type among the headers of every request with a body.
            headers["Content-Type"] = body.ContentType;
            json["body"] = body.IsJson ? JsonNode.Parse(body.Content.Span) : Convert.ToBase64String(body.Content.Span);
        }

        json["headers"] = headers;
        var dependsOn = operation.DependsOn?.Where(keepDependency).ToArray() ?? [];
        if (dependsOn.Length > 0)
        {
            json["dependsOn"] = new JsonArray(dependsOn.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
        }

        return json;
    }

    private static string RelativeUrl(Uri graphBase, Uri url)
    {
        var root = graphBase.AbsoluteUri.TrimEnd('/');
        var absolute = url.AbsoluteUri;
        if (!absolute.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The Graph batch operation URL '{url.GetLeftPart(UriPartial.Authority)}…' is not under {root}.", nameof(url));
        }

        return absolute[root.Length..];
    }
}
