namespace PnpSamtale.SharePoint.Sites;

/// <summary>The root web of a site: <c>GET {site}/_api/web?$select=Id,Title,Url,IsProvisioningComplete</c>.</summary>
/// <param name="Id">The web id.</param>
/// <param name="Title">The title.</param>
/// <param name="Url">The absolute URL.</param>
/// <param name="IsProvisioningComplete">Whether SharePoint has finished applying the template's features.</param>
public sealed record WebInfo(Guid Id, string Title, string Url, bool IsProvisioningComplete);
