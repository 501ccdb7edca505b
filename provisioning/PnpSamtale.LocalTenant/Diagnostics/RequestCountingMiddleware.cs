using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Faults;

namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>
/// Counts every SharePoint and Graph request (inner batch operations too) before faults are injected, and asks
/// <see cref="LocalTenantOptions.BeforeRequest"/> whether a request that arrived on a connection may go on.
/// </summary>
internal static class RequestCountingMiddleware
{
    /// <summary>
    /// Counts, lets <see cref="LocalTenantOptions.OnRequest"/> see the request, and continues — or closes the connection
    /// when <see cref="LocalTenantOptions.BeforeRequest"/> says stop.
    /// </summary>
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (EndpointKeys.IsLocal(http.Request.Path))
        {
            await next(http);
            return;
        }

        var endpoint = EndpointKeys.For(http);
        http.RequestServices.GetRequiredService<RequestCounter>().Count(endpoint);
        var options = http.RequestServices.GetRequiredService<LocalTenantOptions>();
        if (options.OnRequest is { } observe)
        {
            await observe(endpoint);
        }

        if (!InnerRequests.IsInner(http) && options.BeforeRequest is { } hook && !hook(endpoint))
        {
            ResponseFaultMiddleware.Close(http);
            return;
        }

        await next(http);
    }
}
