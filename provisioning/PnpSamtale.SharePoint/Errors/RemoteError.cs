using System.Net;

namespace PnpSamtale.SharePoint.Errors;

/// <summary>What SharePoint or Graph said when a request failed.</summary>
/// <param name="Status">The HTTP status of the request (of the operation, inside a batch).</param>
/// <param name="Code">
/// The service's error code: SharePoint's <c>"&lt;number&gt;, &lt;exception type&gt;"</c> (e.g.
/// <c>-1, System.ArgumentException</c>) or Graph's word (e.g. <c>itemNotFound</c>); <c>null</c> when the body had none.
/// </param>
/// <param name="Message">The service's message, or a description of the body when it was not an error document.</param>
/// <param name="RequestId">The <c>SPRequestGuid</c> or <c>request-id</c> to quote to Microsoft support, when known.</param>
public sealed record RemoteError(HttpStatusCode Status, string? Code, string Message, string? RequestId)
{
    /// <summary>The SharePoint code of "site not found" (any <c>{site}/_api</c> on a site that does not exist).</summary>
    public const string SiteNotFoundCode = "-2147024894, System.IO.FileNotFoundException";

    /// <summary>Whether the request was throttled (<c>429</c> or <c>503</c>).</summary>
    public bool IsThrottled => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>
    /// Whether this is a <c>404</c> about the thing asked for rather than about the site: the "find" methods turn
    /// these into <c>null</c>, while a missing site stays an error.
    /// </summary>
    public bool IsNotFound => Status == HttpStatusCode.NotFound && !string.Equals(Code, SiteNotFoundCode, StringComparison.Ordinal);

    /// <summary>One line for a person: status, code, message and request id.</summary>
    public override string ToString()
    {
        var code = Code is null ? string.Empty : $" ({Code})";
        var id = RequestId is null ? string.Empty : $" [request id {RequestId}]";
        return $"{(int)Status} {Status}{code}: {Message}{id}";
    }
}
