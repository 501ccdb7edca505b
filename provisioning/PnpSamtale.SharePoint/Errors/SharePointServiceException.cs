using System.Net;
using System.Net.Http.Headers;

namespace PnpSamtale.SharePoint.Errors;

/// <summary>
/// SharePoint REST or Graph answered with a failure the caller did not expect. Carries the status, the service's
/// error code and the request id, parsed from the <c>odata.error</c> or Graph <c>error</c> body.
/// </summary>
public class SharePointServiceException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public SharePointServiceException(RemoteError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates an exception with a message only (status 0, no code).</summary>
    public SharePointServiceException()
        : this("The SharePoint or Graph request failed.")
    {
    }

    /// <summary>Creates an exception with a message only (status 0, no code).</summary>
    public SharePointServiceException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it (status 0, no code).</summary>
    public SharePointServiceException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Error = new RemoteError(0, null, message, null);
    }

    /// <summary>The parsed error.</summary>
    public RemoteError Error { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode => Error.Status;

    /// <summary>The service's error code, e.g. <c>-2147024809, System.ArgumentException</c> or <c>itemNotFound</c>.</summary>
    public string? ErrorCode => Error.Code;

    /// <summary>The <c>SPRequestGuid</c> or Graph <c>request-id</c>.</summary>
    public string? RequestId => Error.RequestId;

    /// <summary>
    /// The exception for <paramref name="error"/>: a <see cref="SharePointThrottledException"/> when it is a
    /// <c>429</c>/<c>503</c> (the retries are spent by the time a caller sees one), else this type.
    /// </summary>
    public static SharePointServiceException From(RemoteError error, RetryConditionHeaderValue? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.IsThrottled ? new SharePointThrottledException(error, retryAfter) : new SharePointServiceException(error);
    }
}
