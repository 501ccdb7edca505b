namespace PnpSamtale.SharePoint.Sites;

/// <summary><c>SiteStatus</c> of <c>SPSiteManager/create</c> and <c>/status</c>, as documented.</summary>
public enum SiteStatus
{
    /// <summary>0: no site at that URL (documented; real tenants have also answered 1 for a missing site since March 2026).</summary>
    NotFound = 0,

    /// <summary>1: being created; poll <c>status</c>. With an empty <c>SiteId</c> it may also mean "not found".</summary>
    Provisioning = 1,

    /// <summary>2: ready.</summary>
    Ready = 2,

    /// <summary>3: creation failed.</summary>
    Error = 3,

    /// <summary>4: <c>create</c> found a site already at the URL.</summary>
    UrlTaken = 4,
}
