namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>Counts every SharePoint and Graph request (inner batch operations too) before faults are injected.</summary>
internal static class RequestCountingMiddleware
{
    /// <summary>Counts, lets <see cref="LocalTenantOptions.OnRequest"/> see the request, and continues.</summary>
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!EndpointKeys.IsLocal(http.Request.Path))
        {
            var key = EndpointKeys.For(http);
            http.RequestServices.GetRequiredService<RequestCounter>().Count(key);
            if (http.RequestServices.GetRequiredService<LocalTenantOptions>().OnRequest is { } hook)
            {
                await hook(key);
            }
        }

        await next(http);
    }
}
