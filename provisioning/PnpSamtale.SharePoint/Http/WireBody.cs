using System.Text;
using System.Text.Json.Nodes;

namespace PnpSamtale.SharePoint.Http;

/// <summary>The body of a request: its media type and its bytes.</summary>
/// <param name="ContentType">The <c>Content-Type</c> header value, e.g. <c>application/json;odata=verbose</c>.</param>
/// <param name="Content">The bytes sent.</param>
public sealed record WireBody(string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>Whether the body is JSON (its media type is <c>application/json</c> with or without parameters).</summary>
    public bool IsJson => ContentType.StartsWith(MediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>A JSON body, serialised compactly with non-ASCII letters kept readable.</summary>
    public static WireBody Json(string contentType, JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Text(contentType, json.ToJsonString(WireJson.Options));
    }

    /// <summary>A text body encoded as UTF-8.</summary>
    public static WireBody Text(string contentType, string text) => new(contentType, Encoding.UTF8.GetBytes(text));

    /// <summary>The body decoded as UTF-8 text.</summary>
    public string ReadText() => Encoding.UTF8.GetString(Content.Span);
}
