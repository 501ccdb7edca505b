using System.Net;
using System.Text;

namespace PnpSamtale.SharePoint.Tests.Support;

/// <summary>What the stub saw of one request (captured when it arrived: a retry re-sends the same message).</summary>
internal sealed record SeenRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An inner handler that answers from a script and records every request.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<SeenRequest, int, CancellationToken, Task<HttpResponseMessage>> respond;
    private readonly List<SeenRequest> requests = [];

    public StubHandler(Func<SeenRequest, int, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        this.respond = respond;
    }

    public StubHandler(Func<SeenRequest, int, HttpResponseMessage> respond)
        : this((request, call, _) => Task.FromResult(respond(request, call)))
    {
    }

    /// <summary>Answers the given responses in turn, the last one for every further call.</summary>
    public static StubHandler Sequence(params Func<HttpResponseMessage>[] responses) =>
        new((_, call) => responses[Math.Min(call, responses.Length - 1)]());

    public IReadOnlyList<SeenRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToArray();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var seen = new SeenRequest(request.Method, request.RequestUri!, headers, body);
        int call;
        lock (requests)
        {
            call = requests.Count;
            requests.Add(seen);
        }

        var response = await respond(seen, call, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }
}

/// <summary>Responses for stubs.</summary>
internal static class Respond
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("SPRequestGuid", "5b1f0c9e-0000-4000-8000-00000000a001");
        return response;
    }

    public static HttpResponseMessage Status(HttpStatusCode status, string? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    public static HttpResponseMessage Multipart(string boundary, string body) =>
        new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "multipart/mixed") }
            .WithContentType("multipart/mixed; boundary=" + boundary);

    private static HttpResponseMessage WithContentType(this HttpResponseMessage response, string contentType)
    {
        response.Content.Headers.Remove("Content-Type");
        response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return response;
    }
}
