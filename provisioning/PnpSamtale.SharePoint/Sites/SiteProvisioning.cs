namespace PnpSamtale.SharePoint.Sites;

/// <summary>The answer of <c>SPSiteManager/create</c> and <c>/status</c>.</summary>
/// <param name="SiteId">The site collection id (the empty GUID when not found).</param>
/// <param name="SiteStatus">Where creation stands.</param>
/// <param name="SiteUrl">The site URL (empty when not found).</param>
public sealed record SiteProvisioning(Guid SiteId, SiteStatus SiteStatus, string SiteUrl);
