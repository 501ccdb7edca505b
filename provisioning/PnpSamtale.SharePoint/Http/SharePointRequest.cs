using System.Text.Json.Nodes;

namespace PnpSamtale.SharePoint.Http;

/// <summary>The request shapes shared by every SharePoint REST builder (docs/wire-subset.md, "Common rules").</summary>
internal static class SharePointRequest
{
    private static readonly WireHeader Accept = new("Accept", MediaTypes.SharePointAccept);
    private static readonly WireHeader[] ReadHeaders = [Accept];

    // If-Match: * makes a delete unconditional, as SharePoint's REST reference shows for DELETE.
    private static readonly WireHeader[] DeleteHeaders = [Accept, new("If-Match", "*")];

    // SharePoint's REST reference updates with POST tunnelling MERGE, unconditionally.
    private static readonly WireHeader[] MergeHeaders = [Accept, new("X-HTTP-Method", "MERGE"), new("IF-MATCH", "*")];

    /// <summary><c>{site}/_api/{path}</c>.</summary>
    public static Uri Api(Uri site, string path) => new(SiteRoot(site) + "/_api/" + path);

    /// <summary>The site URL without a trailing slash.</summary>
    public static string SiteRoot(Uri site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!site.IsAbsoluteUri)
        {
            throw new ArgumentException($"The site URL '{site}' must be absolute, e.g. https://contoso.sharepoint.com/sites/x.", nameof(site));
        }

        return site.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The tenant host of a URL: <c>https://contoso.sharepoint.com</c> for any site on it.</summary>
    public static string Host(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>A <c>GET</c>.</summary>
    public static WireRequest Get(Uri uri) => new(HttpMethod.Get, uri, ReadHeaders);

    /// <summary>A <c>POST</c>, with a verbose-JSON body when one is given.</summary>
    public static WireRequest Post(Uri uri, JsonNode? body = null) =>
        new(HttpMethod.Post, uri, ReadHeaders, body is null ? null : WireBody.Json(MediaTypes.SharePointWrite, body));

    /// <summary>
    /// A <c>POST</c> whose effect does not change when it is sent twice (an update, a grant, breaking inheritance,
    /// ensuring a user), so it may be re-sent when its outcome is unknown.
    /// </summary>
    public static WireRequest IdempotentPost(Uri uri, JsonNode? body = null) => Post(uri, body) with { Idempotent = true };

    /// <summary>A <c>POST</c> whose body is raw bytes (a file upload).</summary>
    public static WireRequest PostBytes(Uri uri, ReadOnlyMemory<byte> content) =>
        new(HttpMethod.Post, uri, ReadHeaders, new WireBody(MediaTypes.OctetStream, content));

    /// <summary>An update: <c>POST</c> with <c>X-HTTP-Method: MERGE</c> and <c>IF-MATCH: *</c>, and a verbose-JSON body.</summary>
    public static WireRequest Merge(Uri uri, JsonNode body) =>
        new(HttpMethod.Post, uri, MergeHeaders, WireBody.Json(MediaTypes.SharePointWrite, body));

    /// <summary>A <c>DELETE</c>.</summary>
    public static WireRequest Delete(Uri uri) => new(HttpMethod.Delete, uri, DeleteHeaders);
}
