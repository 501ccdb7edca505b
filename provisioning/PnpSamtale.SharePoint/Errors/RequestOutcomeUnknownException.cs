namespace PnpSamtale.SharePoint.Errors;

/// <summary>
/// The connection was lost after a request went out — its answer never arrived, or arrived cut short — so it may or
/// may not have been carried out. A request that is not idempotent (an add, a send) is not sent again: doing so could
/// do it twice. The caller finds out what happened — reads back what the request was to write, by its key — before
/// anything is tried again. An <see cref="HttpRequestException"/>, so code that handles a lost connection still does.
/// </summary>
public sealed class RequestOutcomeUnknownException : HttpRequestException
{
    /// <summary>Creates the exception for a request whose answer was lost.</summary>
    /// <param name="method">The HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="host">The host the request went to (never the path or the body, which can name people).</param>
    /// <param name="resent">Whether the request went out more than once (it is idempotent) before giving up.</param>
    /// <param name="innerException">The failure of the last attempt.</param>
    public RequestOutcomeUnknownException(string method, string host, bool resent, HttpRequestException innerException)
        : base(ErrorOf(innerException), Describe(method, host, resent), innerException)
    {
        Method = method;
        Host = host;
        Resent = resent;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RequestOutcomeUnknownException()
        : this("The connection was lost after the request went out; it may or may not have been carried out.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public RequestOutcomeUnknownException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RequestOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Method = string.Empty;
        Host = string.Empty;
    }

    /// <summary>The HTTP method of the request, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The host the request went to.</summary>
    public string Host { get; }

    /// <summary>Whether the request was sent again (it is idempotent) before giving up; <c>false</c> means it went out once.</summary>
    public bool Resent { get; }

    private static HttpRequestError ErrorOf(HttpRequestException innerException)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        return innerException.HttpRequestError;
    }

    private static string Describe(string method, string host, bool resent) =>
        $"{method} to {host}: the connection was lost after the request went out, so it may or may not have been carried out. " +
        (resent
            ? "It is idempotent and was sent again, and no attempt got an answer."
            : "It was not sent again (a request that is not idempotent never is: sending it twice could do it twice); read back what it was to do before trying again.");
}
