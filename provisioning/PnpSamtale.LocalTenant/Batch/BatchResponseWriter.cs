using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Batch;

/// <summary>
/// Writes the answer of a SharePoint <c>$batch</c>: one <c>application/http</c> part per operation, flat (no
/// changeset wrappers), in request order, CRLF line endings, a throttled part with its own <c>Retry-After</c>.
/// </summary>
internal static class BatchResponseWriter
{
    /// <summary>The multipart body and its boundary.</summary>
    public static (byte[] Body, string Boundary) Write(IReadOnlyList<InnerResponse> responses)
    {
        var boundary = "batchresponse_" + Guid.NewGuid().ToString("D");
        using var body = new MemoryStream();
        foreach (var response in responses)
        {
            var head = new StringBuilder()
                .Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n\r\n")
                .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.StatusCode} {ReasonPhrases.GetReasonPhrase(response.StatusCode)}\r\n")
                .Append("CONTENT-TYPE: ").Append(ContentType(response)).Append("\r\n");
            if (response.Headers.RetryAfter.Count > 0)
            {
                head.Append("Retry-After: ").Append(response.Headers.RetryAfter.ToString()).Append("\r\n");
            }

            if (response.Headers.ETag.Count > 0)
            {
                head.Append("ETag: ").Append(response.Headers.ETag.ToString()).Append("\r\n");
            }

            head.Append("\r\n");
            body.Write(Encoding.UTF8.GetBytes(head.ToString()));
            body.Write(response.Body);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes("--" + boundary + "--\r\n"));
        return (body.ToArray(), boundary);
    }

    private static string ContentType(InnerResponse response)
    {
        var type = response.Headers.ContentType.ToString();
        return type.Length == 0 || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ? WireJson.SharePointContentType : type;
    }
}
