using System.Net;
using Polly.Timeout;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>What is worth trying again.</summary>
internal static class TransientFailures
{
    /// <summary>Throttled (<c>429</c>, <c>503</c>) or a gateway that gave up (<c>504</c>).</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Throttled: <c>429</c> or <c>503</c>, the statuses SharePoint and Graph use with <c>Retry-After</c>.</summary>
    public static bool IsThrottled(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>
    /// A network failure or an attempt that ran out of time. A cancellation is never transient: once the caller
    /// cancels, nothing is retried.
    /// </summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException;
}
