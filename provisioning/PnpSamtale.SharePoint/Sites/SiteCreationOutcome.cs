namespace PnpSamtale.SharePoint.Sites;

/// <summary>How <see cref="SiteClient.CreateSiteAsync"/> ended.</summary>
public enum SiteCreationOutcome
{
    /// <summary>The site was created and is ready.</summary>
    Created = 0,

    /// <summary>A site already existed at the URL and is ready; nothing was created.</summary>
    AlreadyExisted = 1,
}
