namespace PnpSamtale.SharePoint.Sites;

/// <summary>What to create with <c>SPSiteManager/create</c>: a team site without a Microsoft 365 group.</summary>
/// <param name="Title">The site title, e.g. <c>Medarbeidersamtaler H2026</c>.</param>
/// <param name="Url">The absolute site URL, e.g. <c>https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026</c>.</param>
/// <param name="Owner">The owner's user principal name; required when the token is app-only.</param>
public sealed record SiteCreation(string Title, Uri Url, string Owner)
{
    /// <summary>The site language. Default 1044 (Norwegian Bokmål); it fixes the language of role and group names.</summary>
    public int Lcid { get; init; } = 1044;

    /// <summary>
    /// The site's time zone, a SharePoint zone id. Default 4, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm,
    /// Vienna" — Norway's rules; without it a site gets the tenant's default zone.
    /// </summary>
    public int TimeZoneId { get; init; } = Regional.SiteTimeZone.Oslo;

    /// <summary>The template. Default <c>STS#3</c>, the modern team site without a group.</summary>
    public string WebTemplate { get; init; } = "STS#3";

    /// <summary>The site description. Default empty.</summary>
    public string Description { get; init; } = string.Empty;
}
