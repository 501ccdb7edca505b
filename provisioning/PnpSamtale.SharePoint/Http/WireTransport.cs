using System.Net.Http.Headers;

namespace PnpSamtale.SharePoint.Http;

/// <summary>
/// Sends <see cref="WireRequest"/>s through the typed <see cref="HttpClient"/> whose handlers add the User-Agent and
/// the token and retry throttled requests. Returns every response as it came (the caller decides what a 404 means);
/// <see cref="WireTransportExtensions"/> adds the "succeed or throw" and "find or null" forms.
/// </summary>
public sealed class WireTransport
{
    /// <summary>The request option carrying <see cref="WireRequest.Idempotent"/> to the retry handler.</summary>
    public static readonly HttpRequestOptionsKey<bool> IdempotentOption = new("PnpSamtale.Idempotent");

    private readonly HttpClient httpClient;

    /// <summary>Creates the transport over a client configured by <c>AddSharePointClient</c> (or a test's handler).</summary>
    public WireTransport(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        this.httpClient = httpClient;
    }

    /// <summary>Sends <paramref name="request"/> and reads the whole response.</summary>
    public async Task<WireResponse> SendAsync(WireRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = ToMessage(request);
        using var response = await httpClient.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new WireResponse(response.StatusCode, HeadersOf(response), content);
    }

    /// <summary>The <see cref="HttpRequestMessage"/> for a wire request.</summary>
    internal static HttpRequestMessage ToMessage(WireRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Options.Set(IdempotentOption, request.Idempotent);
        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        if (request.Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body.Content);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        }
        else if (!request.Idempotent)
        {
            // SocketsHttpHandler re-sends a request without content by itself when the connection closes before an
            // answer; with an empty body (Content-Length: 0) it never does, so a POST is not sent twice behind our back.
            message.Content = new ByteArrayContent([]);
        }

        return message;
    }

    private static List<WireHeader> HeadersOf(HttpResponseMessage response)
    {
        var headers = new List<WireHeader>();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers.Add(new WireHeader(name, string.Join(", ", values)));
        }

        return headers;
    }
}
