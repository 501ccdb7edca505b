namespace PnpSamtale.SharePoint.Graph;

/// <summary>A site as Graph knows it.</summary>
/// <param name="Id">The composite id <c>{hostname},{siteId},{webId}</c> that Graph's site URLs take.</param>
/// <param name="Name">The URL name.</param>
/// <param name="DisplayName">The title.</param>
/// <param name="WebUrl">The site URL.</param>
public sealed record GraphSite(string Id, string Name, string DisplayName, string WebUrl);
