namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>Counts every SharePoint and Graph request (inner batch operations too) before faults are injected.</summary>
internal static class RequestCountingMiddleware
{
    /// <summary>Counts and continues.</summary>
    public static Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!EndpointKeys.IsLocal(http.Request.Path))
        {
            http.RequestServices.GetRequiredService<RequestCounter>().Count(EndpointKeys.For(http));
        }

        return next(http);
    }
}
