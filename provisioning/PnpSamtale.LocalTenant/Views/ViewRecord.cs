using System.Net;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Views;

/// <summary>
/// A view of a list: its fields (internal names, in order), its CAML query (stored verbatim, never evaluated), row
/// limit, whether it is the list's default or a personal view, and the page name it lives at.
/// </summary>
internal sealed record ViewRecord(Guid Id, Guid ListId, string Title, IReadOnlyList<string> Fields, string Query, int RowLimit, bool IsDefault, bool IsPersonal, string UrlName)
{
    /// <summary>The server-relative URL of the view page: <c>{list}/{name}.aspx</c>, in <c>Forms/</c> for a library.</summary>
    public string ServerRelativeUrl(SiteRecord site, ListRecord list) =>
        list.ServerRelativeUrl(site) + (list.IsLibrary ? "/Forms/" : "/") + UrlName + ".aspx";

    /// <summary>The wire shape (SP.View), with <c>ViewFields</c> when <paramref name="withFields"/> (<c>$expand=ViewFields</c>).</summary>
    public JsonObject ToJson(SiteRecord site, ListRecord list, bool withFields)
    {
        var json = new JsonObject
        {
            ["DefaultView"] = IsDefault,
            ["Hidden"] = false,
            ["Id"] = StoreValues.Text(Id),
            ["PersonalView"] = IsPersonal,
            ["RowLimit"] = RowLimit,
            ["ServerRelativeUrl"] = ServerRelativeUrl(site, list),
            ["Title"] = Title,
            ["ViewQuery"] = Query,
            ["ViewType"] = "HTML",
        };
        if (withFields)
        {
            json["ViewFields"] = new JsonObject
            {
                ["Items"] = new JsonArray([.. Fields.Select(f => (JsonNode?)f)]),
                ["SchemaXml"] = string.Concat(Fields.Select(f => "<FieldRef Name=\"" + WebUtility.HtmlEncode(f) + "\" />")),
            };
        }

        return json;
    }
}
