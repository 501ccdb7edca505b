using System.Text.Json.Nodes;

namespace PnpSamtale.SharePoint.Http;

/// <summary>The request shapes shared by every Graph builder.</summary>
internal static class GraphRequest
{
    private static readonly WireHeader[] Headers = [new("Accept", MediaTypes.Json)];

    /// <summary><c>{graph}/{path}</c>, e.g. <c>https://graph.microsoft.com/v1.0/users/kari@contoso.com</c>.</summary>
    public static Uri Api(Uri graphBase, string path)
    {
        ArgumentNullException.ThrowIfNull(graphBase);
        if (!graphBase.IsAbsoluteUri)
        {
            throw new ArgumentException($"The Graph base URL '{graphBase}' must be absolute.", nameof(graphBase));
        }

        return new Uri(graphBase.AbsoluteUri.TrimEnd('/') + "/" + path);
    }

    /// <summary>A <c>GET</c>.</summary>
    public static WireRequest Get(Uri uri) => new(HttpMethod.Get, uri, Headers);

    /// <summary>A <c>POST</c> with a JSON body.</summary>
    public static WireRequest Post(Uri uri, JsonNode body) =>
        new(HttpMethod.Post, uri, Headers, WireBody.Json(MediaTypes.Json, body));

    /// <summary>A <c>PUT</c> whose body is raw bytes (<c>application/octet-stream</c>), e.g. a file's content.</summary>
    public static WireRequest PutBytes(Uri uri, ReadOnlyMemory<byte> content) =>
        new(HttpMethod.Put, uri, Headers, new WireBody(MediaTypes.OctetStream, content));
}
