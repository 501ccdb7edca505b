using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Users;

/// <summary>Builders for site users.</summary>
public static class SiteUserRequests
{
    /// <summary>
    /// <c>POST {site}/_api/web/ensureuser</c> with <c>{"logonName":"i:0#.f|membership|{upn}"}</c> (a UPN gets the
    /// prefix, see <see cref="LoginNames.ForUser"/>).
    /// </summary>
    public static WireRequest EnsureUser(Uri site, string upnOrLoginName) =>
        SharePointRequest.IdempotentPost(
            SharePointRequest.Api(site, "web/ensureuser"),
            new JsonObject { ["logonName"] = LoginNames.ForUser(upnOrLoginName) });

    /// <summary><c>GET {site}/_api/web/currentuser</c> (under app-only auth: the app principal).</summary>
    public static WireRequest CurrentUser(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/currentuser"));

    /// <summary><c>GET {site}/_api/web/siteusers</c>.</summary>
    public static WireRequest SiteUsers(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/siteusers"));
}
