namespace PnpSamtale.LocalTenant.Sites;

/// <summary>A site collection with its one (root) web.</summary>
internal sealed record SiteRecord(Guid Id, Guid WebId, string Name, string Title, string Description, int Lcid, string Template, int Status, DateTimeOffset Created, int TimeZoneId)
{
    /// <summary>The server-relative URL, <c>/sites/{name}</c>.</summary>
    public string ServerRelativeUrl => "/sites/" + Name;
}
