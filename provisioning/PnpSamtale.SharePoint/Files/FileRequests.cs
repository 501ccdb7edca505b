using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Files;

/// <summary>Builders for files in libraries.</summary>
public static class FileRequests
{
    /// <summary>
    /// <c>POST {site}/_api/web/GetFolderByServerRelativePath(decodedurl='/sites/{name}/{Library}')/Files/AddUsingPath(decodedurl='{file}',overwrite=true)</c>
    /// with the file's bytes as the body.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="library">The library's folder name under the site, e.g. <c>Samtaleskjema</c>.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="content">The bytes.</param>
    public static WireRequest Upload(Uri site, string library, string fileName, ReadOnlyMemory<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(library);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var folder = new Uri(SharePointRequest.SiteRoot(site)).AbsolutePath.TrimEnd('/') + "/" + library.Trim('/');
        var path = "web/GetFolderByServerRelativePath(decodedurl=" + ODataLiteral.Quoted(folder) + ")/Files/AddUsingPath(decodedurl="
            + ODataLiteral.Quoted(fileName) + ",overwrite=true)";
        return SharePointRequest.PostBytes(SharePointRequest.Api(site, path), content);
    }

    /// <summary><c>GET {site}/_api/web/GetFileByServerRelativePath(decodedurl='{url}')/ListItemAllFields?$select=Id</c>.</summary>
    public static WireRequest GetListItemId(Uri site, string serverRelativeUrl) =>
        SharePointRequest.Get(SharePointRequest.Api(site, File(serverRelativeUrl) + "/ListItemAllFields?$select=Id"));

    /// <summary><c>GET {site}/_api/web/GetFileByServerRelativePath(decodedurl='{url}')/$value</c>: the bytes.</summary>
    public static WireRequest Download(Uri site, string serverRelativeUrl) =>
        SharePointRequest.Get(SharePointRequest.Api(site, File(serverRelativeUrl) + "/$value"));

    private static string File(string serverRelativeUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverRelativeUrl);
        return "web/GetFileByServerRelativePath(decodedurl=" + ODataLiteral.Quoted(serverRelativeUrl) + ")";
    }
}
