using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.SharePoint.Permissions;

/// <summary>Something that carries permissions: the web, a list, or an item.</summary>
public sealed record SecurableScope
{
    private SecurableScope(Uri site, string path)
    {
        Site = site;
        Path = path;
    }

    /// <summary>The site the scope belongs to.</summary>
    public Uri Site { get; }

    /// <summary>The API path: <c>web</c>, <c>web/lists(guid'{id}')</c> or <c>web/lists(guid'{id}')/items({itemId})</c>.</summary>
    public string Path { get; }

    /// <summary><c>{site}/_api/web</c>.</summary>
    public static SecurableScope Web(Uri site) => new(Checked(site), "web");

    /// <summary><c>{site}/_api/web/lists(guid'{id}')</c>.</summary>
    public static SecurableScope List(Uri site, Guid listId) => new(Checked(site), ListRequests.ById(listId));

    /// <summary><c>{site}/_api/web/lists(guid'{id}')/items({itemId})</c>.</summary>
    public static SecurableScope Item(Uri site, Guid listId, int itemId) => new(Checked(site), ItemRequests.Item(listId, itemId));

    /// <summary><c>{scope}</c> followed by <paramref name="suffix"/>.</summary>
    internal Uri Api(string suffix = "") => SharePointRequest.Api(Site, Path + suffix);

    private static Uri Checked(Uri site)
    {
        SharePointRequest.SiteRoot(site);
        return site;
    }
}
