using System.Net;
using System.Net.Http;
using Polly.Timeout;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>What is worth trying again.</summary>
internal static class TransientFailures
{
    /// <summary>Throttled: <c>429</c> or <c>503</c>, the statuses SharePoint and Graph use with <c>Retry-After</c>.</summary>
    public static bool IsThrottled(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>
    /// A network failure or an attempt that ran out of time. A cancellation is never transient: once the caller
    /// cancels, nothing is retried.
    /// </summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException;

    /// <summary>
    /// Whether the failure happened before the request left: no connection could be made (refused, or the name did not
    /// resolve). Anything later — a connection reset, a response cut short, a time-out — may have been carried out.
    /// </summary>
    public static bool WasNotSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>
    /// Whether the failure came after the request went out, with no whole answer back: the connection closed or was
    /// reset before the answer or in the middle of it, or what came back was not HTTP. The request may have been carried out.
    /// </summary>
    public static bool LeftOutcomeUnknown(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.Unknown or HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError;
}
