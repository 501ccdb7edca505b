using System.Globalization;
using System.Net;
using System.Text;
using PnpSamtale.LocalTenant.Hosting;

namespace PnpSamtale.LocalTenant.Html;

/// <summary><c>GET /</c>: a read-only, server-rendered page of the tenant's state. Everything shown is HTML-encoded.</summary>
internal static class HtmlView
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}"
        + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}"
        + "ul{margin:0;padding-left:1.2rem}.muted{color:#777}";

    /// <summary>Maps the page.</summary>
    public static void MapHtmlView(this IEndpointRouteBuilder app) => app.MapGet("/", RenderAsync);

    private static async Task RenderAsync(HttpContext http)
    {
        var tenant = http.Tenant();
        var sites = tenant.Database.Run(TenantOverview.Load);
        var html = Render(sites, tenant.BaseUri);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    /// <summary>The page.</summary>
    public static string Render(IReadOnlyList<SiteView> sites, Uri baseUri)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Local tenant</title><style>")
            .Append(Style).Append("</style></head><body><h1>Local tenant</h1>")
            .Append("<p class=\"muted\">").Append(E(baseUri.AbsoluteUri)).Append(" — a stand-in for SharePoint Online and Microsoft Graph. Read-only view.</p>");
        if (sites.Count == 0)
        {
            html.Append("<p>No sites yet.</p>");
        }

        foreach (var site in sites)
        {
            html.Append("<h2>").Append(E(site.Site.Title)).Append(" <small class=\"muted\">").Append(E(site.Site.ServerRelativeUrl)).Append("</small></h2>");
            if (site.Lists.Count == 0)
            {
                html.Append("<p class=\"muted\">No lists.</p>");
            }

            foreach (var list in site.Lists)
            {
                AppendList(html, list);
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendList(StringBuilder html, ListView list)
    {
        html.Append("<h3>").Append(E(list.List.Title)).Append(" <small class=\"muted\">")
            .Append(list.List.IsLibrary ? "library" : "list").Append(", ")
            .Append(list.ItemCount.ToString(CultureInfo.InvariantCulture)).Append(list.ItemCount == 1 ? " item" : " items")
            .Append(list.List.HasUnique ? ", unique permissions" : string.Empty).Append("</small></h3>");
        if (list.Views.Count > 0)
        {
            html.Append("<p class=\"muted\">Views: ").Append(E(string.Join(", ", list.Views))).Append("</p>");
        }

        if (list.Items.Count == 0)
        {
            return;
        }

        html.Append("<table><tr><th>Id</th><th>Title</th>");
        foreach (var column in list.Columns)
        {
            html.Append("<th>").Append(E(column)).Append("</th>");
        }

        html.Append("<th>Who can read it</th></tr>");
        foreach (var item in list.Items)
        {
            html.Append("<tr><td>").Append(item.Id.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(item.Title)).Append("</td>");
            foreach (var value in item.Values)
            {
                html.Append("<td>").Append(E(value)).Append("</td>");
            }

            html.Append("<td>");
            if (item.Readers is null)
            {
                html.Append("<span class=\"muted\">inherited</span>");
            }
            else
            {
                html.Append("<ul>");
                foreach (var reader in item.Readers)
                {
                    html.Append("<li>").Append(E(reader)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
        if (list.ItemCount > list.Items.Count)
        {
            html.Append("<p class=\"muted\">Showing the first ").Append(list.Items.Count.ToString(CultureInfo.InvariantCulture)).Append(" items.</p>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
