using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Batch;

/// <summary>
/// Reads a SharePoint <c>$batch</c> body: parts of <c>application/http</c> (reads) and changesets of them (writes),
/// flattened in request order. Each part holds <c>{METHOD} {absolute url} HTTP/1.1</c>, headers, a blank line and
/// the body.
/// </summary>
internal static class MultipartBatchReader
{
    /// <summary>The boundary of a <c>multipart/mixed</c> content type; 400 when missing.</summary>
    public static string Boundary(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(media.Boundary) is { Length: > 0 } boundary)
        {
            return boundary.ToString();
        }

        throw SpErrors.Unsupported("A $batch request needs Content-Type: multipart/mixed; boundary=batch_{guid}.");
    }

    /// <summary>Every operation, changesets flattened, in order.</summary>
    public static async Task<List<InnerRequest>> ReadAsync(Stream body, string boundary, CancellationToken cancellationToken)
    {
        var operations = new List<InnerRequest>();
        var reader = new MultipartReader(boundary, body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (section.ContentType?.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) == true)
            {
                var changeset = new MultipartReader(Boundary(section.ContentType), section.Body);
                while (await changeset.ReadNextSectionAsync(cancellationToken) is { } part)
                {
                    operations.Add(await ParseAsync(part.Body, cancellationToken));
                }
            }
            else
            {
                operations.Add(await ParseAsync(section.Body, cancellationToken));
            }
        }

        return operations;
    }

    private static async Task<InnerRequest> ParseAsync(Stream part, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await part.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var (headEnd, bodyStart) = HeadEnd(bytes);
        var lines = Encoding.UTF8.GetString(bytes, 0, headEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var requestLine = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requestLine.Length < 2 || !Uri.TryCreate(requestLine[1], UriKind.Absolute, out var url))
        {
            throw SpErrors.Unsupported($"A batch operation must start with '{{METHOD}} {{absolute url}} HTTP/1.1'; found '{lines[0]}'.");
        }

        var headers = lines.Skip(1)
            .Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();
        return new InnerRequest(requestLine[0], url, headers, bytes[bodyStart..]);
    }

    private static (int HeadEnd, int BodyStart) HeadEnd(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n')
            {
                return (i, i + 2);
            }

            if (bytes[i] == '\n' && i + 2 < bytes.Length && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')
            {
                return (i, i + 3);
            }
        }

        return (bytes.Length, bytes.Length);
    }
}
