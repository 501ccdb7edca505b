namespace PnpSamtale.LocalTenant.Http;

/// <summary>
/// A request that SharePoint would refuse: the status, the <c>odata.error</c> code ("<c>{number}, {type}</c>") and the
/// message. Thrown by handlers and written by <see cref="ErrorHandlingMiddleware"/>; the unit of work is rolled back.
/// </summary>
internal sealed class SharePointErrorException : Exception
{
    /// <summary>Creates the error.</summary>
    public SharePointErrorException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The SharePoint error code, e.g. <c>-1, System.ArgumentException</c>.</summary>
    public string Code { get; }
}
