namespace PnpSamtale.SharePoint.Sites;

/// <summary>Whether a site exists at a URL, and whether it is ready (see <see cref="SiteClient.GetStateAsync"/>).</summary>
public enum SiteState
{
    /// <summary>No site at the URL.</summary>
    Missing = 0,

    /// <summary>A site is being created at the URL.</summary>
    Provisioning,

    /// <summary>A ready site is at the URL.</summary>
    Ready,

    /// <summary>SharePoint reports that creating the site failed.</summary>
    Failed,
}
