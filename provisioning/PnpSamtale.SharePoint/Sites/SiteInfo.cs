namespace PnpSamtale.SharePoint.Sites;

/// <summary>A site collection: <c>GET {site}/_api/site?$select=Id,Url</c>.</summary>
/// <param name="Id">The site collection id (the one <c>SPSiteManager/delete</c> takes).</param>
/// <param name="Url">The absolute URL.</param>
public sealed record SiteInfo(Guid Id, string Url);
