using Microsoft.AspNetCore.Http.Features;

namespace PnpSamtale.LocalTenant.Batch;

/// <summary>
/// Runs an operation of a batch through the same pipeline as a direct request (routing, counting with the
/// <c>batch:</c> prefix, throttling, error mapping, the endpoint), in an inner <see cref="HttpContext"/> whose answer
/// is captured in memory.
/// </summary>
internal sealed class InnerRequests
{
    private const string Marker = "PnpSamtale.LocalTenant.InnerRequest";
    private RequestDelegate? pipeline;

    /// <summary>Whether <paramref name="http"/> is an operation inside a batch.</summary>
    public static bool IsInner(HttpContext http) => http.Items.ContainsKey(Marker);

    /// <summary>The <c>$batch</c> request an operation is part of, or null for a request that is not inside a batch.</summary>
    public static HttpContext? OuterOf(HttpContext http) => http.Items[Marker] as HttpContext;

    /// <summary>Remembers the application pipeline (set once by the first middleware).</summary>
    public RequestDelegate Capture(RequestDelegate next)
    {
        pipeline = next;
        return next;
    }

    /// <summary>Runs <paramref name="request"/> on behalf of <paramref name="outer"/> and returns the answer.</summary>
    public async Task<InnerResponse> SendAsync(HttpContext outer, InnerRequest request)
    {
        var run = pipeline ?? throw new InvalidOperationException("The pipeline has not been built yet.");
        IHeaderDictionary headers = new HeaderDictionary();
        foreach (var (name, value) in request.Headers)
        {
            headers.Append(name, value);
        }

        headers.Host = request.Url.Authority;
        foreach (var inherited in new[] { Permissions.Caller.ActAsHeader, "client-request-id" })
        {
            if (!headers.ContainsKey(inherited) && outer.Request.Headers.TryGetValue(inherited, out var value))
            {
                headers[inherited] = value;
            }
        }

        using var requestBody = new MemoryStream(request.Body, writable: false);
        using var responseBody = new MemoryStream();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Method = request.Method.ToUpperInvariant(),
            Scheme = request.Url.Scheme,
            Protocol = "HTTP/1.1",
            PathBase = string.Empty,
            Path = PathString.FromUriComponent(request.Url).Value ?? "/",
            QueryString = request.Url.Query,
            RawTarget = request.Url.PathAndQuery,
            Headers = headers,
            Body = requestBody,
        });
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        features.Set<IServiceProvidersFeature>(new ServiceProvidersFeature { RequestServices = outer.RequestServices });
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = outer.RequestAborted });
        var inner = new DefaultHttpContext(features);
        inner.Items[Marker] = outer;
        await run(inner);
        return new InnerResponse(inner.Response.StatusCode, inner.Response.Headers, responseBody.ToArray());
    }
}

/// <summary>One operation of a batch: method, absolute URL, headers and body.</summary>
internal sealed record InnerRequest(string Method, Uri Url, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body);

/// <summary>The answer to one operation.</summary>
internal sealed record InnerResponse(int StatusCode, IHeaderDictionary Headers, byte[] Body);
