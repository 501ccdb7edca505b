using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Lists;

/// <summary>Builders for finding, reading, creating (without columns) and deleting lists with SharePoint REST.</summary>
public static class ListRequests
{
    /// <summary><c>GET {site}/_api/web/lists/getbytitle('{title}')?$select=Id,Title,BaseTemplate,ItemCount,HasUniqueRoleAssignments</c>.</summary>
    public static WireRequest GetByTitle(Uri site, string title) =>
        SharePointRequest.Get(SharePointRequest.Api(
            site, "web/lists/getbytitle(" + ODataLiteral.Quoted(title) + ")?$select=Id,Title,BaseTemplate,ItemCount,HasUniqueRoleAssignments"));

    /// <summary><c>GET {site}/_api/web/lists?$select=Id,Title,BaseTemplate</c>.</summary>
    public static WireRequest GetAll(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/lists?$select=Id,Title,BaseTemplate"));

    /// <summary><c>GET {site}/_api/web/lists(guid'{id}')/fields?$select=InternalName,Title,TypeAsString,Indexed,CustomFormatter</c>.</summary>
    public static WireRequest GetFields(Uri site, Guid listId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ById(listId) + "/fields?$select=InternalName,Title,TypeAsString,Indexed,CustomFormatter"));

    /// <summary>
    /// <c>POST {site}/_api/web/lists</c> with <c>{"__metadata":{"type":"SP.List"},"BaseTemplate":100|101,"Title"}</c>:
    /// a list with only the built-in columns (see <see cref="GraphListRequests.Create"/> for the usual way).
    /// </summary>
    public static WireRequest Create(Uri site, string title, ListTemplate template)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var body = new JsonObject
        {
            ["__metadata"] = new JsonObject { ["type"] = "SP.List" },
            ["BaseTemplate"] = (int)template,
            ["Title"] = title,
        };
        return SharePointRequest.Post(SharePointRequest.Api(site, "web/lists"), body);
    }

    /// <summary><c>DELETE {site}/_api/web/lists(guid'{id}')</c>.</summary>
    public static WireRequest Delete(Uri site, Guid listId) =>
        SharePointRequest.Delete(SharePointRequest.Api(site, ById(listId)));

    /// <summary><c>web/lists(guid'{id}')</c>, the path every list-scoped builder starts from.</summary>
    internal static string ById(Guid listId) => "web/lists(guid'" + listId.ToString("D", CultureInfo.InvariantCulture) + "')";
}
