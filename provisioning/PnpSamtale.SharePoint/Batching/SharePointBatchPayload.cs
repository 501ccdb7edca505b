namespace PnpSamtale.SharePoint.Batching;

/// <summary>A written SharePoint <c>$batch</c> body.</summary>
/// <param name="Boundary">The batch boundary, <c>batch_{guid}</c>; the request's <c>Content-Type</c> names it.</param>
/// <param name="Text">The multipart/mixed body with CRLF line endings.</param>
public sealed record SharePointBatchPayload(string Boundary, string Text)
{
    /// <summary>The request's <c>Content-Type</c>: <c>multipart/mixed; boundary=batch_{guid}</c>.</summary>
    public string ContentType => "multipart/mixed; boundary=" + Boundary;
}
