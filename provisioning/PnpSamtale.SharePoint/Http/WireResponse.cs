using System.Net;
using System.Text;
using System.Text.Json;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.SharePoint.Http;

/// <summary>
/// One response: of a single request, or of one operation inside a SharePoint or Graph <c>$batch</c>.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Headers">The response headers (content headers included).</param>
/// <param name="Content">The body bytes (empty when there is none).</param>
public sealed record WireResponse(HttpStatusCode Status, IReadOnlyList<WireHeader> Headers, ReadOnlyMemory<byte> Content)
{
    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => (int)Status is >= 200 and <= 299;

    /// <summary>The request id: <c>SPRequestGuid</c> from SharePoint, else <c>request-id</c> (Graph sends only that).</summary>
    public string? RequestId => GetHeader("SPRequestGuid") ?? GetHeader("request-id");

    /// <summary>A response with a text body, as read from a batch part.</summary>
    public static WireResponse FromText(HttpStatusCode status, IReadOnlyList<WireHeader> headers, string body) =>
        new(status, headers, Encoding.UTF8.GetBytes(body));

    /// <summary>The value of the header called <paramref name="name"/>, or <c>null</c>.</summary>
    public string? GetHeader(string name) => WireHeader.Find(Headers, name);

    /// <summary>The body decoded as UTF-8 text.</summary>
    public string ReadText() => Encoding.UTF8.GetString(Content.Span);

    /// <summary>The body parsed as JSON into <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The body is not the expected JSON.</exception>
    public T ReadJson<T>() =>
        JsonSerializer.Deserialize<T>(Content.Span, WireJson.Options)
        ?? throw new JsonException($"The response body was JSON null where a {typeof(T).Name} was expected.");

    /// <summary>The error this response describes, or <c>null</c> when it succeeded.</summary>
    public RemoteError? ToError() => IsSuccess ? null : RemoteErrorParser.Parse(this);

    /// <summary>Throws the typed exception for a failed response; does nothing for a 2xx.</summary>
    /// <exception cref="SharePointServiceException">The response is not a success.</exception>
    public void EnsureSuccess()
    {
        if (ToError() is { } error)
        {
            throw SharePointServiceException.From(error, RemoteErrorParser.RetryAfterOf(this));
        }
    }
}
