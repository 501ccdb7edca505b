using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>
/// Answers a path outside the wire subset: 404 File Not Found for an unknown site, 400 naming the request for a
/// SharePoint or Graph path the local tenant does not serve, 404 for anything else.
/// </summary>
internal static class Unsupported
{
    /// <summary>Answers the request.</summary>
    public static Task AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path;
        var description = $"The local tenant does not support {http.Request.Method} {path.Value}; see docs/wire-subset.md.";
        if (path.StartsWithSegments("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphErrorException.Invalid(description);
        }

        var segments = (path.Value ?? string.Empty).Trim('/').Split('/');
        if (segments.Length >= 2 && string.Equals(segments[0], "sites", StringComparison.OrdinalIgnoreCase))
        {
            _ = http.Tenant().Database.Run(session => SiteStore.Find(session, segments[1])) ?? throw SpErrors.SiteNotFound();
            throw SpErrors.Unsupported(description);
        }

        if (path.StartsWithSegments("/_api", StringComparison.OrdinalIgnoreCase))
        {
            throw SpErrors.Unsupported(description);
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
