using System.Buffers;
using System.Globalization;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Drives;

/// <summary>
/// Builders for files in a library through its Graph drive. Uploads go through Graph because Graph's JSON
/// <c>$batch</c> carries them (20 per request, each succeeding or failing on its own), while SharePoint's
/// <c>$batch</c> takes JSON bodies only; the file still becomes an ordinary library item, secured through SharePoint
/// REST like any other.
/// </summary>
public static class DriveRequests
{
    // The characters SharePoint refuses in a file name; '/' and '\\' would also name a folder.
    private const string ForbiddenCharacters = "/\\:*?\"<>|";

    private static readonly SearchValues<char> ForbiddenInName = SearchValues.Create(ForbiddenCharacters);

    /// <summary>
    /// <c>PUT {graph}/sites/{site-id}/lists/{list-id}/drive/root:/{fileName}:/content?@microsoft.graph.conflictBehavior=fail</c>
    /// with the bytes as the body (<c>Content-Type: application/octet-stream</c>): creates the file in the library's root
    /// folder — and only creates it: a file that already has the name (one someone renamed to it) is never replaced, the
    /// upload fails with <c>409 nameAlreadyExists</c> instead (Graph's default for <c>PUT</c> is to replace).
    /// </summary>
    /// <param name="graphBase">The Graph base URL, e.g. <c>https://graph.microsoft.com/v1.0</c>.</param>
    /// <param name="graphSiteId">Graph's composite site id, <c>{hostname},{siteId},{webId}</c>.</param>
    /// <param name="listId">The library's list GUID.</param>
    /// <param name="fileName">The file name; no folders and none of the characters SharePoint refuses in names.</param>
    /// <param name="bytes">The file's content.</param>
    public static WireRequest Upload(Uri graphBase, string graphSiteId, Guid listId, string fileName, ReadOnlyMemory<byte> bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graphSiteId);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (fileName.AsSpan().ContainsAny(ForbiddenInName) || fileName != fileName.Trim() || fileName.EndsWith('.'))
        {
            throw new ArgumentException(
                $"File name '{fileName}' cannot be uploaded: it must not contain any of {string.Join(' ', ForbiddenCharacters.ToCharArray())} (uploads go to the library's root folder), nor start or end with a space or end with a dot.",
                nameof(fileName));
        }

        var path = "sites/" + ODataLiteral.Segment(graphSiteId) + "/lists/" + listId.ToString("D", CultureInfo.InvariantCulture)
            + "/drive/root:/" + Uri.EscapeDataString(fileName) + ":/content?@microsoft.graph.conflictBehavior=fail";
        return GraphRequest.PutBytes(GraphRequest.Api(graphBase, path), bytes);
    }
}
