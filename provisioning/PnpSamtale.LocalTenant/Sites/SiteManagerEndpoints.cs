using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary>
/// <c>SPSiteManager</c> on the tenant host (and, as SharePoint allows, under any site): create, status, delete.
/// Creation answers SiteStatus 1; the next status call reports 2. A URL that is taken answers SiteStatus 4 with an
/// empty <c>SiteId</c>; a URL with no site answers <see cref="LocalTenantOptions.MissingSiteStatus"/> (0, or 1 as
/// SharePoint Online does lately) with an empty <c>SiteId</c> and <c>SiteUrl</c>. These calls are tenant
/// administration and ignore <c>X-Local-Act-As</c>.
/// </summary>
internal static class SiteManagerEndpoints
{
    /// <summary>SiteStatus 4: a site already exists at the URL (<c>create</c>).</summary>
    public const int UrlTaken = 4;

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
        var lcid = request.Int("Lcid") ?? 1033;
        var zone = request.Int("TimeZoneId") ?? tenant.Options.DefaultTimeZoneId;
        if (!SiteLocale.IsKnown(lcid))
        {
            throw SpErrors.Unsupported($"Lcid {lcid} is not supported by the local tenant; it knows 1044 (nb-NO) and 1033 (en-US).");
        }

        if (!SiteZone.IsKnown(zone))
        {
            throw SpErrors.Unsupported($"TimeZoneId {zone} is not supported by the local tenant; it knows 4 (W. Europe, Oslo's rules) and 13 (Pacific).");
        }

        var siteRequest = new SiteRequest(
            SiteNameOf(url) ?? throw SpErrors.Unsupported($"The site URL '{url}' is not of the form {{host}}/sites/{{name}}."),
            Required(request, "Title"),
            request.String("Description") ?? string.Empty,
            lcid,
            request.String("WebTemplate") ?? "STS#3",
            Required(request, "Owner"),
            zone);
        var json = tenant.Database.Run(session =>
        {
            if (SiteStore.Find(session, siteRequest.Name) is not null)
            {
                return Status(null, UrlTaken, null);
            }

            var owner = SiteUsers.Resolve(session, siteRequest.Owner, tenant.Options.AcceptAnyUpn) ?? throw SpErrors.UserUnknown(siteRequest.Owner);
            var site = SiteProvisioner.Create(session, siteRequest, owner);
            return Status(site.Id, site.Status, tenant.SiteUrl(site.Name).AbsoluteUri);
        });
        await WireJson.WriteAsync(http, json);
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
                return Status(null, tenant.Options.MissingSiteStatus, null);
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

    /// <summary>The answer shape; no site means an empty <c>SiteId</c> and <c>SiteUrl</c>, as real tenants send them.</summary>
    private static JsonObject Status(Guid? id, int status, string? url) => new()
    {
        ["SiteId"] = id is { } siteId ? StoreValues.Text(siteId) : string.Empty,
        ["SiteStatus"] = status,
        ["SiteUrl"] = url ?? string.Empty,
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
