using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Folders;

/// <summary>
/// Server-relative URLs of folders and items, and the way back from a URL to the folder it names. A list's root folder
/// is <c>/sites/x/Lists/{url}</c> (a library's <c>/sites/x/{url}</c>); a folder's URL is its parent's plus its
/// <c>FileLeafRef</c>; an item's <c>FileDirRef</c> is the URL of the folder it is in and its <c>FileRef</c> that plus its
/// leaf name (<c>{id}_.000</c> for a list item).
/// </summary>
internal static class FolderPaths
{
    /// <summary>The server-relative URL of <paramref name="folder"/> (with its chain of folders), or of the list's root folder for null.</summary>
    public static string Url(SiteRecord site, ListRecord list, ItemRecord? folder)
    {
        var names = new Stack<string>();
        for (var current = folder; current is not null; current = current.Folder)
        {
            names.Push(current.FileName ?? current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return names.Aggregate(list.ServerRelativeUrl(site), (url, name) => url + "/" + name);
    }

    /// <summary>The leaf name of an item: the folder's or file's name, or <c>{id}_.000</c> for a list item.</summary>
    public static string LeafName(ItemRecord item) => item.FileName ?? $"{item.Id}_.000";

    /// <summary>
    /// The folder of <paramref name="list"/> that <paramref name="decodedUrl"/> names — absolute on this tenant or
    /// server-relative — or null for the list's root folder; 404 when no such folder exists.
    /// </summary>
    public static ItemRecord? Resolve(StoreSession session, SiteRecord site, ListRecord list, string decodedUrl)
    {
        var path = ServerRelative(decodedUrl);
        var root = list.ServerRelativeUrl(site);
        if (string.Equals(path, root, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!path.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase))
        {
            throw SpErrors.FileNotFound(path);
        }

        ItemRecord? current = null;
        foreach (var name in path[(root.Length + 1)..].Split('/'))
        {
            current = FolderLookup.Child(session, list.Id, current?.Id ?? 0, name) ?? throw SpErrors.FileNotFound(path);
        }

        return current;
    }

    /// <summary>A decoded URL as a server-relative path without a trailing slash.</summary>
    public static string ServerRelative(string decodedUrl)
    {
        var path = Uri.TryCreate(decodedUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? Uri.UnescapeDataString(absolute.AbsolutePath)
            : decodedUrl;
        if (!path.StartsWith('/'))
        {
            throw SpErrors.Unsupported($"The folder path '{decodedUrl}' must be absolute or server-relative (start with '/').");
        }

        return path.TrimEnd('/');
    }
}
