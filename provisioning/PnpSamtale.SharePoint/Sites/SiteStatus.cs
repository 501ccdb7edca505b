namespace PnpSamtale.SharePoint.Sites;

/// <summary><c>SiteStatus</c> of <c>SPSiteManager/create</c> and <c>/status</c>.</summary>
public enum SiteStatus
{
    /// <summary>0: no site at that URL.</summary>
    NotFound = 0,

    /// <summary>1: being created; poll <c>status</c>.</summary>
    Provisioning = 1,

    /// <summary>2: ready.</summary>
    Ready = 2,

    /// <summary>3: creation failed, or (local tenant) the URL is already in use.</summary>
    Error = 3,
}
