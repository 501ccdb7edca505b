using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.SharePoint.Views;

/// <summary>Builders for the views of a list (SharePoint REST; every one of them can also go into a <c>$batch</c>).</summary>
public static class ViewRequests
{
    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/views/add</c> with
    /// <c>{"parameters":{"__metadata":{"type":"SP.ViewCreationInformation"},"Title","ViewFields":{"results":[…]},"Query","RowLimit","PersonalView":false,"SetAsDefaultView"}}</c>.
    /// </summary>
    public static WireRequest Add(Uri site, Guid listId, ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrWhiteSpace(view.Title, nameof(view));
        ArgumentNullException.ThrowIfNull(view.Fields, nameof(view));
        ArgumentNullException.ThrowIfNull(view.Query, nameof(view));
        ArgumentOutOfRangeException.ThrowIfLessThan(view.RowLimit, 1, nameof(view));
        var body = new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["__metadata"] = new JsonObject { ["type"] = "SP.ViewCreationInformation" },
                ["Title"] = view.Title,
                ["ViewFields"] = new JsonObject { ["results"] = new JsonArray([.. view.Fields.Select(f => (JsonNode?)f)]) },
                ["Query"] = view.Query,
                ["RowLimit"] = view.RowLimit,
                ["PersonalView"] = false,
                ["SetAsDefaultView"] = view.SetAsDefaultView,
            },
        };
        return SharePointRequest.Post(SharePointRequest.Api(site, ListRequests.ById(listId) + "/views/add"), body);
    }

    /// <summary><c>GET {site}/_api/web/lists(guid'{id}')/views?$expand=ViewFields</c>: every view with its fields.</summary>
    public static WireRequest List(Uri site, Guid listId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, ListRequests.ById(listId) + "/views?$expand=ViewFields"));

    /// <summary><c>DELETE {site}/_api/web/lists(guid'{id}')/views(guid'{viewId}')</c>.</summary>
    public static WireRequest Delete(Uri site, Guid listId, Guid viewId) =>
        SharePointRequest.Delete(SharePointRequest.Api(site, ListRequests.ById(listId) + "/views(guid'" + viewId.ToString("D", CultureInfo.InvariantCulture) + "')"));
}
