namespace PnpSamtale.SharePoint.Sites;

/// <summary>A ready site after <see cref="SiteClient.CreateSiteAsync"/>.</summary>
/// <param name="SiteId">The site collection id.</param>
/// <param name="Url">The site URL.</param>
/// <param name="Outcome">Whether it was created now or existed already.</param>
public sealed record SiteCreationResult(Guid SiteId, Uri Url, SiteCreationOutcome Outcome);
