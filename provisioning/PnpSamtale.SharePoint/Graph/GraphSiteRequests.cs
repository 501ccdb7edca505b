using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Graph;

/// <summary>Builders for Graph sites.</summary>
public static class GraphSiteRequests
{
    /// <summary>
    /// <c>GET {graph}/sites/{hostname}:/sites/{name}</c>: Graph's id of a SharePoint site. The host name is the
    /// site's host without a port.
    /// </summary>
    public static WireRequest Resolve(Uri graphBase, Uri site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var path = new Uri(SharePointRequest.SiteRoot(site)).AbsolutePath;
        return GraphRequest.Get(GraphRequest.Api(graphBase, "sites/" + site.IdnHost + ":" + path));
    }
}
