namespace PnpSamtale.SharePoint.Http;

/// <summary>The media types and header names the wire subset uses (docs/wire-subset.md, "Common rules").</summary>
public static class MediaTypes
{
    /// <summary>Plain JSON, used by Graph.</summary>
    public const string Json = "application/json";

    /// <summary>The <c>Accept</c> value for every SharePoint REST request: flat JSON without OData metadata.</summary>
    public const string SharePointAccept = "application/json;odata=nometadata";

    /// <summary>The <c>Content-Type</c> of a SharePoint REST write with a JSON body.</summary>
    public const string SharePointWrite = "application/json;odata=verbose";

    /// <summary>The <c>Content-Type</c> of a file upload body.</summary>
    public const string OctetStream = "application/octet-stream";

    /// <summary>The media type of a SharePoint <c>$batch</c> body and of each changeset.</summary>
    public const string Multipart = "multipart/mixed";

    /// <summary>The media type of one HTTP request or response inside a <c>$batch</c>.</summary>
    public const string Http = "application/http";
}
