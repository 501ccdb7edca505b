using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Sites;

/// <summary>Builders for site collections: <c>SPSiteManager</c> on the tenant host, and the site's web.</summary>
public static class SiteRequests
{
    private const string EmptyGuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>
    /// <c>POST {host}/_api/SPSiteManager/create</c> with
    /// <c>{"request":{"Title","Url","Lcid":1044,"TimeZoneId":4,"WebTemplate":"STS#3","Owner","ShareByEmailEnabled":false,"Description":"",
    /// "Classification":"","SiteDesignId":"0000…","WebTemplateExtensionId":"0000…"}}</c>. Not idempotent: a second call
    /// for the same URL answers SiteStatus 4 (the URL is taken).
    /// </summary>
    public static WireRequest Create(Uri tenant, SiteCreation site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var body = new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["Title"] = site.Title,
                ["Url"] = site.Url.AbsoluteUri.TrimEnd('/'),
                ["Lcid"] = site.Lcid,
                ["TimeZoneId"] = site.TimeZoneId,
                ["WebTemplate"] = site.WebTemplate,
                ["Owner"] = site.Owner,
                ["ShareByEmailEnabled"] = false,
                ["Description"] = site.Description,
                ["Classification"] = string.Empty,
                ["SiteDesignId"] = EmptyGuid,
                ["WebTemplateExtensionId"] = EmptyGuid,
            },
        };
        return SharePointRequest.Post(TenantApi(tenant, "SPSiteManager/create"), body);
    }

    /// <summary><c>GET {host}/_api/SPSiteManager/status?url='&lt;urlencoded url&gt;'</c>.</summary>
    public static WireRequest Status(Uri tenant, Uri siteUrl)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        var url = ODataLiteral.Query(siteUrl.AbsoluteUri.TrimEnd('/'));
        return SharePointRequest.Get(TenantApi(tenant, "SPSiteManager/status?url='" + url + "'"));
    }

    /// <summary><c>POST {host}/_api/SPSiteManager/delete</c> with <c>{"siteId":"&lt;guid&gt;"}</c>.</summary>
    public static WireRequest Delete(Uri tenant, Guid siteId)
    {
        var body = new JsonObject { ["siteId"] = siteId.ToString("D", CultureInfo.InvariantCulture) };
        return SharePointRequest.Post(TenantApi(tenant, "SPSiteManager/delete"), body);
    }

    /// <summary><c>GET {site}/_api/web?$select=Id,Title,Url,IsProvisioningComplete</c>.</summary>
    public static WireRequest GetWeb(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web?$select=Id,Title,Url,IsProvisioningComplete"));

    /// <summary><c>GET {site}/_api/site?$select=Id,Url</c>.</summary>
    public static WireRequest GetSite(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "site?$select=Id,Url"));

    private static Uri TenantApi(Uri tenant, string path) =>
        new(SharePointRequest.Host(tenant) + "/_api/" + path);
}
