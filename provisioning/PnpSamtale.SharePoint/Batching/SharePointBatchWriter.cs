using System.Globalization;
using System.Text;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// Writes a SharePoint REST <c>$batch</c> body (docs/wire-subset.md, "SharePoint $batch"): reads are plain parts of
/// the batch, every write gets a changeset of its own (SharePoint is not transactional, so one changeset per write
/// keeps each operation's fate its own), each part is <c>application/http</c> with <c>binary</c> transfer encoding,
/// lines end in CRLF.
/// </summary>
public static class SharePointBatchWriter
{
    private const string Crlf = "\r\n";

    /// <summary>Writes <paramref name="operations"/>; boundaries take their GUIDs from <paramref name="newId"/>.</summary>
    /// <param name="operations">The operations, in order; bodies must be text (files cannot be uploaded in a batch).</param>
    /// <param name="newId">The GUID source: the first is the batch's, then one per changeset (tests pass a fixed sequence).</param>
    public static SharePointBatchPayload Write(IReadOnlyList<WireRequest> operations, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(newId);
        var boundary = "batch_" + newId().ToString("D", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        foreach (var operation in operations)
        {
            text.Append("--").Append(boundary).Append(Crlf);
            if (operation.IsRead)
            {
                WriteHttpPart(text, operation);
                continue;
            }

            var changeset = "changeset_" + newId().ToString("D", CultureInfo.InvariantCulture);
            text.Append("Content-Type: ").Append(MediaTypes.Multipart).Append("; boundary=").Append(changeset).Append(Crlf);
            text.Append(Crlf);
            text.Append("--").Append(changeset).Append(Crlf);
            WriteHttpPart(text, operation);
            text.Append("--").Append(changeset).Append("--").Append(Crlf);
        }

        text.Append("--").Append(boundary).Append("--").Append(Crlf);
        return new SharePointBatchPayload(boundary, text.ToString());
    }

    private static void WriteHttpPart(StringBuilder text, WireRequest operation)
    {
        text.Append("Content-Type: ").Append(MediaTypes.Http).Append(Crlf);
        text.Append("Content-Transfer-Encoding: binary").Append(Crlf);
        text.Append(Crlf);
        text.Append(operation.Method.Method).Append(' ').Append(operation.Uri.AbsoluteUri).Append(" HTTP/1.1").Append(Crlf);
        foreach (var header in operation.Headers)
        {
            text.Append(header.Name).Append(": ").Append(header.Value).Append(Crlf);
        }

        if (operation.Body is { } body)
        {
            if (!body.IsJson)
            {
                throw new ArgumentException(
                    $"{operation.Method} {operation.Uri.AbsolutePath} has a {body.ContentType} body; a SharePoint $batch carries JSON bodies only.",
                    nameof(operation));
            }

            text.Append("Content-Type: ").Append(body.ContentType).Append(Crlf);
        }

        text.Append(Crlf);
        text.Append(operation.Body?.ReadText()).Append(Crlf);
    }
}
