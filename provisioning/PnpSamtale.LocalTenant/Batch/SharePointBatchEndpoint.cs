using System.Globalization;
using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Batch;

/// <summary>
/// <c>POST {site}/_api/$batch</c>: at most 100 operations, all on the same site, each run on its own through the
/// same handlers as a direct request (not transactional), answered flat in request order.
/// </summary>
internal static class SharePointBatchEndpoint
{
    /// <summary>The most operations one batch may hold.</summary>
    public const int MaxOperations = 100;

    /// <summary>Maps the endpoint.</summary>
    public static void MapSharePointBatch(this IEndpointRouteBuilder app) => app.MapPost(WebEndpoints.Api + "/$batch", BatchAsync);

    private static async Task BatchAsync(HttpContext http)
    {
        var tenant = http.Tenant();
        var site = tenant.Database.Run(session => Targets.Site(session, http));
        var boundary = MultipartBatchReader.Boundary(http.Request.ContentType);
        var operations = await MultipartBatchReader.ReadAsync(http.Request.Body, boundary, http.RequestAborted);
        if (operations.Count > MaxOperations)
        {
            throw SpErrors.Unsupported(string.Create(CultureInfo.InvariantCulture, $"A batch may hold at most {MaxOperations} operations; this one holds {operations.Count}."));
        }

        var inner = http.RequestServices.GetRequiredService<InnerRequests>();
        var responses = new List<InnerResponse>(operations.Count);
        foreach (var operation in operations)
        {
            responses.Add(OnSite(operation, site) && !IsBatch(operation)
                ? await inner.SendAsync(http, operation)
                : Refused(operation, site));
        }

        Log.BatchExecuted(tenant.Logger, "SharePoint", operations.Count);
        var (body, responseBoundary) = BatchResponseWriter.Write(responses);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "multipart/mixed; boundary=" + responseBoundary;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static bool OnSite(InnerRequest operation, SiteRecord site) =>
        Uri.UnescapeDataString(operation.Url.AbsolutePath).StartsWith(site.ServerRelativeUrl + "/", StringComparison.OrdinalIgnoreCase);

    private static bool IsBatch(InnerRequest operation) => operation.Url.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase);

    private static InnerResponse Refused(InnerRequest operation, SiteRecord site)
    {
        var error = SpErrors.Unsupported(IsBatch(operation)
            ? "A batch cannot contain another batch."
            : $"Every operation of a batch must target the site {site.ServerRelativeUrl}; found {operation.Url.AbsolutePath}.");
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(WireJson.SharePointError(error.Code, error.Message), WireJson.Options);
        return new InnerResponse(error.StatusCode, new HeaderDictionary(), body);
    }
}
