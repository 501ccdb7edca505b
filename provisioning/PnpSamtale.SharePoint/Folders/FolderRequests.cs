using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.SharePoint.Folders;

/// <summary>
/// Builders for folders in lists (SharePoint REST; each can also go into a <c>$batch</c>). A folder is created the way
/// PnP Core's <c>AddListFolder</c> creates one: an item with <c>UnderlyingObjectType</c> 1, named by its
/// <c>FileLeafRef</c>, with content type <c>0x0120</c>; the list must allow folders first.
/// </summary>
public static class FolderRequests
{
    /// <summary>The content type id every folder's content type starts with.</summary>
    public const string FolderContentType = "0x0120";

    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')</c> with <c>X-HTTP-Method: MERGE</c>, <c>IF-MATCH: *</c> and
    /// <c>{"__metadata":{"type":"SP.List"},"EnableFolderCreation":true}</c>: lets folders be created in the list (a new
    /// list does not). SharePoint answers <c>204</c>; sending it twice changes nothing more.
    /// </summary>
    public static WireRequest EnableFolderCreation(Uri site, Guid listId)
    {
        var body = new JsonObject
        {
            ["__metadata"] = new JsonObject { ["type"] = "SP.List" },
            ["EnableFolderCreation"] = true,
        };
        return SharePointRequest.Merge(SharePointRequest.Api(site, ListRequests.ById(listId)), body) with { Idempotent = true };
    }

    /// <summary><c>GET {site}/_api/web/lists(guid'{id}')?$select=EnableFolderCreation</c>: whether the list allows folders.</summary>
    public static WireRequest GetFolderCreation(Uri site, Guid listId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ListRequests.ById(listId) + "?$select=EnableFolderCreation"));

    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/AddValidateUpdateItemUsingPath</c> with
    /// <c>{"listItemCreateInfo":{"UnderlyingObjectType":1[,"FolderPath":{"DecodedUrl":"{parent}"}]},"formValues":[{"FieldName":"Title","FieldValue":"{name}"},{"FieldName":"FileLeafRef","FieldValue":"{name}"},{"FieldName":"ContentTypeId","FieldValue":"0x0120"}],"bNewDocumentUpdate":false}</c>:
    /// a folder in the list's root folder, or in <paramref name="parentFolderUrl"/>. The answer is read with
    /// <see cref="FolderResponses.Created"/>. Not idempotent: a second send finds the name taken.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="listId">The list.</param>
    /// <param name="name">The folder's name: no <c>" * : &lt; &gt; ? / \ | # %</c>, not ending in a dot.</param>
    /// <param name="parentFolderUrl">The server-relative URL of the folder to create it in; <c>null</c> for the root folder.</param>
    public static WireRequest Create(Uri site, Guid listId, string name, string? parentFolderUrl = null)
    {
        EnsureFolderName(name);
        var info = new JsonObject { ["UnderlyingObjectType"] = 1 };
        if (parentFolderUrl is not null)
        {
            info["FolderPath"] = new JsonObject { ["DecodedUrl"] = AbsoluteFolderUrl(site, parentFolderUrl) };
        }

        var body = new JsonObject
        {
            ["listItemCreateInfo"] = info,
            ["formValues"] = new JsonArray(
                Value("Title", name),
                Value("FileLeafRef", name),
                Value("ContentTypeId", FolderContentType)),
            ["bNewDocumentUpdate"] = false,
        };
        return SharePointRequest.Post(SharePointRequest.Api(site, ListRequests.ById(listId) + "/AddValidateUpdateItemUsingPath"), body);
    }

    /// <summary><c>GET {site}/_api/web/lists(guid'{id}')/RootFolder?$select=ServerRelativeUrl</c>: where the list's folders start.</summary>
    public static WireRequest GetRootFolder(Uri site, Guid listId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ListRequests.ById(listId) + "/RootFolder?$select=ServerRelativeUrl"));

    /// <summary>
    /// <c>GET {site}/_api/web/GetFolderByServerRelativePath(decodedurl='{url}')/ListItemAllFields?$select=Id,FileLeafRef,FileRef</c>:
    /// the list item behind a folder, whose id secures it; 404 when there is no such folder.
    /// </summary>
    public static WireRequest GetFolderItem(Uri site, string folderServerRelativeUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderServerRelativeUrl);
        if (!folderServerRelativeUrl.StartsWith('/'))
        {
            throw new ArgumentException($"The folder URL '{folderServerRelativeUrl}' must be server-relative, e.g. /sites/x/Lists/Tiltak/samtale-17.", nameof(folderServerRelativeUrl));
        }

        return SharePointRequest.Get(SharePointRequest.Api(
            site, "web/GetFolderByServerRelativePath(decodedurl=" + ODataLiteral.Quoted(folderServerRelativeUrl) + ")/ListItemAllFields?$select=Id,FileLeafRef,FileRef"));
    }

    /// <summary>
    /// A folder's URL as <c>FolderPath.DecodedUrl</c> carries it: absolute on the site's host, as PnP Core sends it
    /// (decoded: the path is not percent-encoded).
    /// </summary>
    public static string AbsoluteFolderUrl(Uri site, string folderServerRelativeUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderServerRelativeUrl);
        if (!folderServerRelativeUrl.StartsWith('/'))
        {
            throw new ArgumentException($"The folder URL '{folderServerRelativeUrl}' must be server-relative, e.g. /sites/x/Lists/Tiltak/samtale-17.", nameof(folderServerRelativeUrl));
        }

        return SharePointRequest.Host(site) + folderServerRelativeUrl.TrimEnd('/');
    }

    private static JsonObject Value(string name, string value) => new() { ["FieldName"] = name, ["FieldValue"] = value };

    private static void EnsureFolderName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(['"', '*', ':', '<', '>', '?', '/', '\\', '|', '#', '%']) >= 0 || name.EndsWith('.') || name.Trim() != name)
        {
            throw new ArgumentException(
                $"The folder name '{name}' holds a character SharePoint does not allow in a name (\" * : < > ? / \\ | # %), a leading or trailing space, or ends with a dot.",
                nameof(name));
        }
    }
}
