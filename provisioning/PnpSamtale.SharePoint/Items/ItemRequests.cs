using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.SharePoint.Items;

/// <summary>Builders for list items (SharePoint REST; every one of them can also go into a <c>$batch</c>).</summary>
public static class ItemRequests
{
    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/AddValidateUpdateItemUsingPath</c> with
    /// <c>{"listItemCreateInfo":{"UnderlyingObjectType":0},"formValues":[{"FieldName","FieldValue"}],"bNewDocumentUpdate":false}</c>,
    /// the values written in the site's <paramref name="settings"/>. Not idempotent: sent twice, it adds twice.
    /// </summary>
    public static WireRequest Add(Uri site, Guid listId, IReadOnlyList<FormValue> values, RegionalSettings settings)
    {
        var body = new JsonObject
        {
            ["listItemCreateInfo"] = new JsonObject { ["UnderlyingObjectType"] = 0 },
            ["formValues"] = FormValues(values, settings),
            ["bNewDocumentUpdate"] = false,
        };
        return SharePointRequest.Post(SharePointRequest.Api(site, ListRequests.ById(listId) + "/AddValidateUpdateItemUsingPath"), body);
    }

    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/AddValidateUpdateItemUsingPath</c> with
    /// <c>{"listItemCreateInfo":{"FolderPath":{"DecodedUrl":"https://{host}{folder}"},"UnderlyingObjectType":0},"formValues":[…],"bNewDocumentUpdate":false}</c>:
    /// the item is created in the folder (absolute, as PnP Core sends it) and inherits the folder's permissions from
    /// the moment it exists. Not idempotent.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="listId">The list.</param>
    /// <param name="folderServerRelativeUrl">The folder, e.g. <c>/sites/x/Lists/Tiltak/samtale-17</c> (<see cref="Folders.ListFolder.ServerRelativeUrl"/>).</param>
    /// <param name="values">The values.</param>
    /// <param name="settings">The site's regional settings.</param>
    public static WireRequest AddInFolder(Uri site, Guid listId, string folderServerRelativeUrl, IReadOnlyList<FormValue> values, RegionalSettings settings)
    {
        var body = new JsonObject
        {
            ["listItemCreateInfo"] = new JsonObject
            {
                ["FolderPath"] = new JsonObject { ["DecodedUrl"] = Folders.FolderRequests.AbsoluteFolderUrl(site, folderServerRelativeUrl) },
                ["UnderlyingObjectType"] = 0,
            },
            ["formValues"] = FormValues(values, settings),
            ["bNewDocumentUpdate"] = false,
        };
        return SharePointRequest.Post(SharePointRequest.Api(site, ListRequests.ById(listId) + "/AddValidateUpdateItemUsingPath"), body);
    }

    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/items({itemId})/ValidateUpdateListItem</c> with
    /// <c>{"formValues":[…],"bNewDocumentUpdate":false}</c>, the values written in the site's <paramref name="settings"/>.
    /// </summary>
    public static WireRequest Update(Uri site, Guid listId, int itemId, IReadOnlyList<FormValue> values, RegionalSettings settings)
    {
        var body = new JsonObject { ["formValues"] = FormValues(values, settings), ["bNewDocumentUpdate"] = false };
        return SharePointRequest.IdempotentPost(SharePointRequest.Api(site, Item(listId, itemId) + "/ValidateUpdateListItem"), body);
    }

    /// <summary>
    /// <c>GET {site}/_api/web/lists(guid'{id}')/items({itemId})?$select=Id,Title,{fields},HasUniqueRoleAssignments</c>,
    /// with <c>&amp;$expand={expand}</c> when <paramref name="expand"/> names anything (see <see cref="ItemQuery.RoleAssignmentsExpansion"/>);
    /// every expanded path is selected too, since SharePoint returns an expanded property only when it is also selected.
    /// </summary>
    public static WireRequest Get(Uri site, Guid listId, int itemId, IReadOnlyList<string> fields, IReadOnlyList<string>? expand = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var select = Select(["Id", "Title", .. fields, "HasUniqueRoleAssignments", .. Expanded(expand)]);
        return SharePointRequest.Get(SharePointRequest.Api(site, Item(listId, itemId) + "?$select=" + select + Expand(expand)));
    }

    /// <summary>
    /// <c>GET {site}/_api/web/lists(guid'{id}')/items?$select=…&amp;$filter=…&amp;$top={n}&amp;$expand=…</c>; follow the
    /// answer's <c>odata.nextLink</c> with <see cref="NextPage"/>.
    /// </summary>
    public static WireRequest Query(Uri site, Guid listId, ItemQuery query) => Query(site, ListRequests.ById(listId), query);

    /// <summary>
    /// <c>GET {site}/_api/web/lists/getbytitle('{title}')/items?…</c>: the same query addressed by the list's title, so a
    /// job can read several lists in the same <c>$batch</c> that finds their ids.
    /// </summary>
    public static WireRequest QueryByTitle(Uri site, string listTitle, ItemQuery query)
    {
        ArgumentException.ThrowIfNullOrEmpty(listTitle);
        return Query(site, "web/lists/getbytitle(" + ODataLiteral.Quoted(listTitle) + ")", query);
    }

    private static WireRequest Query(Uri site, string listPath, ItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = "?$select=" + Select(["Id", .. query.Select, .. Expanded(query.Expand)]);
        if (query.Filter is { } filter)
        {
            text += "&$filter=" + ODataLiteral.Query(filter);
        }

        if (query.Top is { } top)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(top, 1, nameof(query));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 5000, nameof(query));
            text += "&$top=" + top.ToString(CultureInfo.InvariantCulture);
        }

        text += Expand(query.Expand);

        return SharePointRequest.Get(SharePointRequest.Api(site, listPath + "/items" + text));
    }

    /// <summary>
    /// <c>GET {site}/_api/web/lists/getbytitle('{title}')/items?$select=Id&amp;$top=1&amp;$orderby=Id desc</c>: the item with
    /// the highest id (ordering by the id is allowed on any list), to split a filtered query into id windows
    /// (<see cref="ItemQuery.Windows"/>).
    /// </summary>
    public static WireRequest LastIdByTitle(Uri site, string listTitle)
    {
        ArgumentException.ThrowIfNullOrEmpty(listTitle);
        return SharePointRequest.Get(SharePointRequest.Api(site, "web/lists/getbytitle(" + ODataLiteral.Quoted(listTitle) + ")/items?$select=Id&$top=1&$orderby=" + ODataLiteral.Query("Id desc")));
    }

    /// <summary><c>GET {odata.nextLink}</c>: the next page, exactly as the server linked it.</summary>
    public static WireRequest NextPage(Uri nextLink) => SharePointRequest.Get(nextLink);

    /// <summary><c>GET {site}/_api/web/lists(guid'{id}')/items({itemId})/versions</c>.</summary>
    public static WireRequest Versions(Uri site, Guid listId, int itemId) =>
        SharePointRequest.Get(SharePointRequest.Api(site, Item(listId, itemId) + "/versions"));

    /// <summary><c>DELETE {site}/_api/web/lists(guid'{id}')/items({itemId})</c>: permanent, no recycle bin entry.</summary>
    public static WireRequest Delete(Uri site, Guid listId, int itemId) =>
        SharePointRequest.Delete(SharePointRequest.Api(site, Item(listId, itemId)));

    /// <summary><c>POST {site}/_api/web/lists(guid'{id}')/items({itemId})/recycle</c>: to the first-stage recycle bin.</summary>
    public static WireRequest Recycle(Uri site, Guid listId, int itemId) =>
        SharePointRequest.Post(SharePointRequest.Api(site, Item(listId, itemId) + "/recycle"));

    /// <summary>
    /// <c>POST {site}/_api/web/lists(guid'{id}')/items({itemId})/versions/DeleteByID(vid={versionId})</c>: deletes a past
    /// version for good (version history's Delete); needs <c>DeleteVersions</c>, which the round's own permission level
    /// leaves out.
    /// </summary>
    public static WireRequest DeleteVersion(Uri site, Guid listId, int itemId, int versionId) =>
        SharePointRequest.Post(SharePointRequest.Api(site, Item(listId, itemId) + "/versions/DeleteByID(vid=" + versionId.ToString(CultureInfo.InvariantCulture) + ")"));

    /// <summary><c>web/lists(guid'{id}')/items({itemId})</c>.</summary>
    internal static string Item(Guid listId, int itemId) =>
        ListRequests.ById(listId) + "/items(" + itemId.ToString(CultureInfo.InvariantCulture) + ")";

    private static JsonArray FormValues(IReadOnlyList<FormValue> values, RegionalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(settings);
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(new JsonObject { ["FieldName"] = value.FieldName, ["FieldValue"] = value.ToWire(settings) });
        }

        return array;
    }

    private static string Select(IEnumerable<string> fields) =>
        string.Join(",", fields.Distinct(StringComparer.OrdinalIgnoreCase).Select(ODataLiteral.QueryPath));

    /// <summary>What an expansion must also select: each expanded path and the navigation property it starts from.</summary>
    private static IEnumerable<string> Expanded(IReadOnlyList<string>? expand) =>
        (expand ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).SelectMany(p => new[] { p.Split('/')[0], p });

    private static string Expand(IReadOnlyList<string>? expand)
    {
        if (expand is null || expand.Count == 0)
        {
            return string.Empty;
        }

        if (expand.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An $expand entry is empty; name a navigation property such as RoleAssignments/Member.", nameof(expand));
        }

        return "&$expand=" + string.Join(",", expand.Distinct(StringComparer.OrdinalIgnoreCase).Select(ODataLiteral.QueryPath));
    }
}
