using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Hosting;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>
/// Writes refused requests the way the service would: <c>odata.error</c> bodies for SharePoint paths, Graph error
/// bodies under <c>/v1.0</c>. An unexpected exception is logged and answered with 500, never with success.
/// </summary>
internal static class ErrorHandlingMiddleware
{
    /// <summary>Runs the rest of the pipeline and maps failures.</summary>
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (SharePointErrorException error) when (!http.Response.HasStarted)
        {
            await WriteAsync(http, error.StatusCode, error.Code, error.Message);
        }
        catch (GraphErrorException error) when (!http.Response.HasStarted)
        {
            await WriteAsync(http, error.StatusCode, error.Code, error.Message);
        }
        catch (Exception error) when (!http.Response.HasStarted && error is not OperationCanceledException)
        {
            Log.RequestFailed(http.Tenant().Logger, error, RequestIdMiddleware.Get(http), EndpointKeys.For(http));
            var unexpected = SpErrors.Unexpected();
            await WriteAsync(http, unexpected.StatusCode, unexpected.Code, unexpected.Message);
        }
    }

    /// <summary>Whether the request is a Graph request.</summary>
    public static bool IsGraph(HttpContext http) => http.Request.Path.StartsWithSegments("/v1.0", StringComparison.OrdinalIgnoreCase);

    private static Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.Clear();
        RequestIdMiddleware.Apply(http);
        if (!IsGraph(http))
        {
            return WireJson.WriteAsync(http, WireJson.SharePointError(code, message), status);
        }

        var graphCode = code.Contains(',', StringComparison.Ordinal) ? GraphCode(status) : code;
        return WireJson.WriteGraphAsync(http, WireJson.GraphError(http, graphCode, message, http.Tenant().Clock.GetUtcNow()), status);
    }

    private static string GraphCode(int status) => status switch
    {
        StatusCodes.Status403Forbidden => "accessDenied",
        StatusCodes.Status404NotFound => "itemNotFound",
        StatusCodes.Status409Conflict => "nameAlreadyExists",
        >= 500 => "generalException",
        _ => "invalidRequest",
    };
}
