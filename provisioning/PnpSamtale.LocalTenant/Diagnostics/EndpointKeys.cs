using PnpSamtale.LocalTenant.Batch;

namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>
/// The key a request is counted under: <c>"{METHOD} {route template}"</c>, site routes without their
/// <c>/sites/{site}</c> prefix (so <c>POST /_api/$batch</c>), <c>batch:</c> in front of operations inside a batch,
/// and <c>(unmatched)</c> for paths no endpoint serves.
/// </summary>
internal static class EndpointKeys
{
    private const string SitePrefix = "/sites/{site}";

    /// <summary>Whether a path is the local tenant's own (<c>/</c> and <c>/_local/*</c>): never counted or faulted.</summary>
    public static bool IsLocal(PathString path) =>
        path.Value is null or "" or "/" || path.StartsWithSegments("/_local", StringComparison.OrdinalIgnoreCase);

    /// <summary>The template of the endpoint serving the request, without the site prefix, or null when unmatched.</summary>
    public static string? Template(HttpContext http)
    {
        var template = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (string.IsNullOrEmpty(template) || template.StartsWith("{*", StringComparison.Ordinal))
        {
            return null;
        }

        template = "/" + template.TrimStart('/');
        return template.StartsWith(SitePrefix + "/", StringComparison.OrdinalIgnoreCase) ? template[SitePrefix.Length..] : template;
    }

    /// <summary>The counting key of the request.</summary>
    public static string For(HttpContext http) =>
        (InnerRequests.IsInner(http) ? "batch:" : string.Empty) + http.Request.Method + " " + (Template(http) ?? "(unmatched)");
}
