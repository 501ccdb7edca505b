namespace PnpSamtale.LocalTenant.Http;

/// <summary>A request that Microsoft Graph would refuse: the status, the error code and the message.</summary>
internal sealed class GraphErrorException : Exception
{
    /// <summary>Creates the error.</summary>
    public GraphErrorException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The Graph error code, e.g. <c>itemNotFound</c>.</summary>
    public string Code { get; }

    /// <summary>400 <c>invalidRequest</c> with a description.</summary>
    public static GraphErrorException Invalid(string message) => new(StatusCodes.Status400BadRequest, "invalidRequest", message);
}
