using System.Globalization;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Diagnostics;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Faults;

/// <summary>
/// Applies the <see cref="EndpointFault"/> that hits a request (after routing, so its endpoint key is known) and the
/// <see cref="FaultInjector"/>'s decision to SharePoint and Graph requests.
/// </summary>
internal static class FaultInjectionMiddleware
{
    /// <summary>Delays, drops, throttles or continues.</summary>
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (EndpointKeys.IsLocal(http.Request.Path))
        {
            await next(http);
            return;
        }

        if (!InnerRequests.IsInner(http) && !await http.RequestServices.GetRequiredService<RequestArrivals>().ProceedAsync(http, EndpointKeys.For(http)))
        {
            LogFault(http.Tenant().Logger, "a request dropped before it was carried out (by the arrival hook)", http);
            ResponseFaultMiddleware.Close(http);
            return;
        }

        if (EndpointFaultFor(http) is { } endpointFault)
        {
            if (endpointFault.Kind == EndpointFaultKind.DropRequest)
            {
                LogFault(http.Tenant().Logger, "a request dropped before it was carried out", http);
                ResponseFaultMiddleware.Close(http);
                return;
            }

            ResponseFaultMiddleware.Schedule(http, endpointFault);
        }

        var injector = http.RequestServices.GetRequiredService<FaultInjector>();
        if (!injector.Enabled)
        {
            await next(http);
            return;
        }

        var tenant = http.Tenant();
        var decision = injector.Decide(InnerRequests.IsInner(http), IsBatch(http));
        if (decision.Latency > TimeSpan.Zero)
        {
            await Task.Delay(decision.Latency, tenant.Clock, http.RequestAborted);
        }

        switch (decision.Kind)
        {
            case FaultKind.Drop:
                LogFault(tenant.Logger, "a dropped connection", http);
                http.Abort();
                return;
            case FaultKind.Throttle:
                LogFault(tenant.Logger, "throttling", http);
                await ThrottleAsync(http, tenant, decision.RetryAfter);
                return;
            default:
                await next(http);
                return;
        }
    }

    private static EndpointFault? EndpointFaultFor(HttpContext http)
    {
        var faults = http.RequestServices.GetRequiredService<EndpointFaults>();
        return faults.Any ? faults.Decide(EndpointKeys.For(http), () => FaultTargets.ListTitle(http)) : null;
    }

    private static void LogFault(ILogger logger, string fault, HttpContext http)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var endpoint = EndpointKeys.For(http);
            Log.FaultInjected(logger, fault, endpoint);
        }
    }

    private static bool IsBatch(HttpContext http) => EndpointKeys.Template(http)?.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) == true;

    private static Task ThrottleAsync(HttpContext http, TenantRuntime tenant, TimeSpan retryAfter)
    {
        var status = tenant.Options.Faults.ThrottleStatusCode;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ErrorHandlingMiddleware.IsGraph(http))
        {
            var (code, message) = status == StatusCodes.Status503ServiceUnavailable
                ? ("serviceNotAvailable", "The service is temporarily unavailable.")
                : ("TooManyRequests", "Too many requests.");
            return WireJson.WriteGraphAsync(http, WireJson.GraphError(http, code, message, tenant.Clock.GetUtcNow()), status);
        }

        var error = SpErrors.Throttled(status);
        return WireJson.WriteAsync(http, WireJson.SharePointError(error.Code, error.Message), status);
    }
}
