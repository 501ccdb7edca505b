using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Groups;

/// <summary>Builders for site groups and their members.</summary>
public static class SiteGroupRequests
{
    /// <summary><c>POST {site}/_api/web/sitegroups</c> with <c>{"__metadata":{"type":"SP.Group"},"Title","Description"?}</c>.</summary>
    public static WireRequest Create(Uri site, string title, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var body = new JsonObject { ["__metadata"] = new JsonObject { ["type"] = "SP.Group" }, ["Title"] = title };
        if (description is not null)
        {
            body["Description"] = description;
        }

        return SharePointRequest.Post(SharePointRequest.Api(site, "web/sitegroups"), body);
    }

    /// <summary><c>GET {site}/_api/web/sitegroups</c>.</summary>
    public static WireRequest List(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/sitegroups"));

    /// <summary><c>GET {site}/_api/web/sitegroups/getbyname('{title}')</c>.</summary>
    public static WireRequest GetByName(Uri site, string title) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/sitegroups/getbyname(" + ODataLiteral.Quoted(title) + ")"));

    /// <summary><c>GET {site}/_api/web/sitegroups/getbyid({id})</c>.</summary>
    public static WireRequest GetById(Uri site, int groupId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ById(groupId)));

    /// <summary><c>POST {site}/_api/web/sitegroups/removebyid({id})</c>.</summary>
    public static WireRequest RemoveById(Uri site, int groupId) =>
        SharePointRequest.IdempotentPost(SharePointRequest.Api(site, "web/sitegroups/removebyid(" + Number(groupId) + ")"));

    /// <summary><c>GET {site}/_api/web/sitegroups/getbyid({id})/users</c>.</summary>
    public static WireRequest ListMembers(Uri site, int groupId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ById(groupId) + "/users"));

    /// <summary>
    /// <c>POST {site}/_api/web/sitegroups/getbyid({id})/users</c> with
    /// <c>{"__metadata":{"type":"SP.User"},"LoginName":"i:0#.f|membership|{upn}"}</c>.
    /// </summary>
    public static WireRequest AddMember(Uri site, int groupId, string upnOrLoginName)
    {
        var body = new JsonObject
        {
            ["__metadata"] = new JsonObject { ["type"] = "SP.User" },
            ["LoginName"] = LoginNames.ForUser(upnOrLoginName),
        };
        return SharePointRequest.IdempotentPost(SharePointRequest.Api(site, ById(groupId) + "/users"), body);
    }

    /// <summary><c>DELETE {site}/_api/web/sitegroups/getbyid({id})/users/getbyid({userId})</c>.</summary>
    public static WireRequest RemoveMember(Uri site, int groupId, int userId) =>
        SharePointRequest.Delete(SharePointRequest.Api(site, ById(groupId) + "/users/getbyid(" + Number(userId) + ")"));

    private static string ById(int groupId) => "web/sitegroups/getbyid(" + Number(groupId) + ")";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
