using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>Graph's composite site ids (<c>{hostname},{siteId},{webId}</c>) and the answer for a site Graph cannot find.</summary>
internal static class GraphSiteIds
{
    /// <summary>The site of a Graph site id (<c>{hostname},{siteId},{webId}</c> or the bare site id), or null.</summary>
    public static SiteRecord? Find(StoreSession session, string siteId)
    {
        var parts = siteId.Split(',');
        var id = parts.Length == 3 ? parts[1] : parts[0];
        return Guid.TryParse(id, out var guid) ? SiteStore.Find(session, guid) : null;
    }

    /// <summary>404 <c>itemNotFound</c>: the site does not exist.</summary>
    public static GraphErrorException NotFound() => new(StatusCodes.Status404NotFound, "itemNotFound", "Requested site could not be found");
}
