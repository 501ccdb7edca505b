using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Faults;

namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>
/// Counts every SharePoint and Graph request (inner batch operations too) before faults are injected, and asks
/// <see cref="LocalTenantOptions.BeforeRequest"/> whether a request that arrived on a connection may go on.
/// </summary>
internal static class RequestCountingMiddleware
{
    /// <summary>Counts and continues, or closes the connection when the hook says stop.</summary>
    public static Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (EndpointKeys.IsLocal(http.Request.Path))
        {
            return next(http);
        }

        var endpoint = EndpointKeys.For(http);
        http.RequestServices.GetRequiredService<RequestCounter>().Count(endpoint);
        if (!InnerRequests.IsInner(http) && http.RequestServices.GetRequiredService<LocalTenantOptions>().BeforeRequest is { } hook && !hook(endpoint))
        {
            ResponseFaultMiddleware.Close(http);
            return Task.CompletedTask;
        }

        return next(http);
    }
}
