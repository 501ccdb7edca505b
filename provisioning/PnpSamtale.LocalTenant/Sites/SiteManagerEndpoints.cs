using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary>
/// <c>SPSiteManager</c> on the tenant host (and, as SharePoint allows, under any site): create, status, delete.
/// Creation answers SiteStatus 1; the next status call reports 2. These calls are tenant administration and
/// ignore <c>X-Local-Act-As</c>.
/// </summary>
internal static class SiteManagerEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapSiteManager(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in new[] { "/_api/SPSiteManager", "/sites/{site}/_api/SPSiteManager" })
        {
            app.MapPost(prefix + "/create", CreateAsync);
            app.MapGet(prefix + "/status", StatusAsync);
            app.MapPost(prefix + "/delete", DeleteAsync);
        }
    }

    private static async Task CreateAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var request = body.Object("request") ?? throw SpErrors.MissingParameter("request");
        var tenant = http.Tenant();
        var url = request.String("Url") ?? throw SpErrors.MissingParameter("Url");
        var siteRequest = new SiteRequest(
            SiteNameOf(url) ?? throw SpErrors.Unsupported($"The site URL '{url}' is not of the form {{host}}/sites/{{name}}."),
            Required(request, "Title"),
            request.String("Description") ?? string.Empty,
            request.Int("Lcid") ?? 1033,
            request.String("WebTemplate") ?? "STS#3",
            Required(request, "Owner"));
        var site = tenant.Database.Run(session =>
        {
            if (SiteStore.Find(session, siteRequest.Name) is { } existing)
            {
                return existing with { Status = 3 };
            }

            var owner = SiteUsers.Resolve(session, siteRequest.Owner, tenant.Options.AcceptAnyUpn) ?? throw SpErrors.UserUnknown(siteRequest.Owner);
            return SiteProvisioner.Create(session, siteRequest, owner);
        });
        await WireJson.WriteAsync(http, Status(site.Id, site.Status, tenant.SiteUrl(site.Name).AbsoluteUri));
    }

    private static async Task StatusAsync(HttpContext http)
    {
        var tenant = http.Tenant();
        var raw = http.Request.Query["url"].ToString();
        var name = raw.Length > 1 ? SiteNameOf(raw.Trim('\'')) : null;
        var json = tenant.Database.Run(session =>
        {
            var site = name is null ? null : SiteStore.Find(session, name);
            if (site is null)
            {
                return Status(Guid.Empty, 0, string.Empty);
            }

            if (site.Status == SiteProvisioner.Provisioning)
            {
                SiteStore.SetStatus(session, site.Id, SiteProvisioner.Ready);
            }

            return Status(site.Id, SiteProvisioner.Ready, tenant.SiteUrl(site.Name).AbsoluteUri);
        });
        await WireJson.WriteAsync(http, json);
    }

    private static async Task DeleteAsync(HttpContext http)
    {
        var body = await RequestJson.ReadAsync(http);
        var id = Guid.TryParse(body.String("siteId"), out var parsed) ? parsed : throw SpErrors.MissingParameter("siteId");
        http.Tenant().Database.Run(session =>
        {
            _ = SiteStore.Find(session, id) ?? throw SpErrors.SiteNotFound();
            SiteStore.Delete(session, id);
        });
        await WireJson.WriteNullAsync(http);
    }

    private static JsonObject Status(Guid id, int status, string url) => new()
    {
        ["SiteId"] = StoreValues.Text(id),
        ["SiteStatus"] = status,
        ["SiteUrl"] = url,
    };

    private static string Required(JsonObject request, string name)
    {
        var value = request.String(name);
        return string.IsNullOrWhiteSpace(value) ? throw SpErrors.MissingParameter(name) : value.Trim();
    }

    /// <summary>The site name of an absolute or server-relative URL <c>…/sites/{name}</c>, or null.</summary>
    private static string? SiteNameOf(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? Uri.UnescapeDataString(absolute.AbsolutePath) : url;
        var segments = path.Trim('/').Split('/');
        var valid = segments.Length == 2
            && string.Equals(segments[0], "sites", StringComparison.OrdinalIgnoreCase)
            && segments[1].Length > 0
            && segments[1].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        return valid ? segments[1] : null;
    }
}
