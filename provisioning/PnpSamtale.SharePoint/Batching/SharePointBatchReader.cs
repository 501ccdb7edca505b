using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// Reads a SharePoint <c>$batch</c> response: one <c>application/http</c> part per operation, in request order, flat
/// under the <c>batchresponse_{guid}</c> boundary. A changeset wrapper, which SharePoint does not send, is read through
/// all the same. Accepts LF as well as CRLF line endings.
/// </summary>
public static class SharePointBatchReader
{
    /// <summary>The per-operation responses of a batch response.</summary>
    /// <param name="contentType">The response's <c>Content-Type</c>, naming the boundary.</param>
    /// <param name="body">The response body.</param>
    /// <exception cref="FormatException">The body is not a multipart batch response.</exception>
    public static IReadOnlyList<WireResponse> Read(string contentType, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var responses = new List<WireResponse>();
        ReadMultipart(lines, BoundaryOf(contentType), responses);
        return responses;
    }

    private static string BoundaryOf(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.Parameters.FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase)) is { Value: { } value })
        {
            return value.Trim('"');
        }

        throw new FormatException($"The batch response's Content-Type '{contentType}' names no multipart boundary.");
    }

    private static void ReadMultipart(ReadOnlySpan<string> lines, string boundary, List<WireResponse> responses)
    {
        var delimiter = "--" + boundary;
        var start = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var isClose = lines[i] == delimiter + "--";
            if (lines[i] != delimiter && !isClose)
            {
                continue;
            }

            if (start >= 0)
            {
                ReadPart(lines[start..i], responses);
            }

            if (isClose)
            {
                return;
            }

            start = i + 1;
        }

        throw new FormatException($"The batch response does not end with the closing delimiter '{delimiter}--'.");
    }

    private static void ReadPart(ReadOnlySpan<string> lines, List<WireResponse> responses)
    {
        var blank = lines.IndexOf(string.Empty);
        var mimeHeaders = ReadHeaders(blank < 0 ? lines : lines[..blank]);
        var rest = blank < 0 ? [] : lines[(blank + 1)..];
        var contentType = WireHeader.Find(mimeHeaders, "Content-Type");
        if (contentType is not null && contentType.StartsWith(MediaTypes.Multipart, StringComparison.OrdinalIgnoreCase))
        {
            ReadMultipart(rest, BoundaryOf(contentType), responses);
            return;
        }

        responses.Add(ReadHttpResponse(rest));
    }

    private static WireResponse ReadHttpResponse(ReadOnlySpan<string> lines)
    {
        var first = 0;
        while (first < lines.Length && lines[first].Length == 0)
        {
            first++;
        }

        if (first == lines.Length)
        {
            throw new FormatException("A batch response part has no HTTP status line.");
        }

        var status = ParseStatus(lines[first]);
        var afterStatus = lines[(first + 1)..];
        var blank = afterStatus.IndexOf(string.Empty);
        var headers = ReadHeaders(blank < 0 ? afterStatus : afterStatus[..blank]);
        var body = blank < 0 ? string.Empty : string.Join("\r\n", afterStatus[(blank + 1)..].ToArray()).TrimEnd('\r', '\n');
        return WireResponse.FromText(status, headers, body);
    }

    private static HttpStatusCode ParseStatus(string line)
    {
        // "HTTP/1.1 429 Too Many Requests"
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return (HttpStatusCode)code;
        }

        throw new FormatException($"A batch response part starts with '{line}' where an HTTP status line was expected.");
    }

    private static List<WireHeader> ReadHeaders(ReadOnlySpan<string> lines)
    {
        var headers = new List<WireHeader>();
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new WireHeader(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return headers;
    }
}
