using System.Net.Http.Headers;

namespace PnpSamtale.SharePoint.Errors;

/// <summary>
/// SharePoint or Graph still answered <c>429</c>/<c>503</c> after every retry the options allow
/// (<c>SharePoint:MaxRetryAttempts</c>). Re-running later is safe: the clients' writes are idempotent by design.
/// </summary>
public sealed class SharePointThrottledException : SharePointServiceException
{
    /// <summary>Creates the exception for a throttled <paramref name="error"/>.</summary>
    public SharePointThrottledException(RemoteError error, RetryConditionHeaderValue? retryAfter)
        : base(error)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public SharePointThrottledException()
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public SharePointThrottledException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public SharePointThrottledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The last <c>Retry-After</c> the service sent (seconds or an HTTP date), when it sent one.</summary>
    public RetryConditionHeaderValue? RetryAfter { get; }
}
