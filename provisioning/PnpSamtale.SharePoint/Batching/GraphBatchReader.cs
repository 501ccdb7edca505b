using System.Net;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// Reads a Graph <c>$batch</c> response, <c>{"responses":[{"id","status","headers","body"}]}</c>, whose order may
/// differ from the request's. A JSON body is kept as its JSON text; a string body is the text, except for a request
/// sent with a binary body, whose response body Graph base64-encodes (a driveItem after an upload): that is decoded.
/// </summary>
public static class GraphBatchReader
{
    /// <summary>The responses by id.</summary>
    /// <param name="body">The batch response body.</param>
    /// <param name="sentBinary">
    /// Which request ids were sent with a binary body (<see cref="GraphBatchOperation.HasBinaryBody"/>); their string
    /// bodies are base64-decoded. <c>null</c> for none.
    /// </param>
    /// <exception cref="FormatException">The body is not a Graph batch response.</exception>
    public static IReadOnlyDictionary<string, WireResponse> Read(string body, Func<string, bool>? sentBinary = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("responses", out var responses) || responses.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The Graph $batch response has no \"responses\" array.");
        }

        var byId = new Dictionary<string, WireResponse>(StringComparer.Ordinal);
        foreach (var response in responses.EnumerateArray())
        {
            var id = response.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            if (id is null || !response.TryGetProperty("status", out var status) || !status.TryGetInt32(out var code))
            {
                throw new FormatException("A Graph $batch response entry lacks its \"id\" or numeric \"status\".");
            }

            var headers = HeadersOf(response);
            byId[id] = sentBinary?.Invoke(id) == true && Base64BodyOf(response) is { } bytes
                ? new WireResponse((HttpStatusCode)code, headers, bytes)
                : WireResponse.FromText((HttpStatusCode)code, headers, BodyOf(response));
        }

        return byId;
    }

    private static List<WireHeader> HeadersOf(JsonElement response)
    {
        var headers = new List<WireHeader>();
        if (response.TryGetProperty("headers", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in element.EnumerateObject())
            {
                var value = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText();
                headers.Add(new WireHeader(header.Name, value ?? string.Empty));
            }
        }

        return headers;
    }

    /// <summary>The decoded bytes of a base64 string body, or null when the body is not a base64 string.</summary>
    private static byte[]? Base64BodyOf(JsonElement response) =>
        response.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String && body.TryGetBytesFromBase64(out var bytes)
            ? bytes
            : null;

    private static string BodyOf(JsonElement response)
    {
        if (!response.TryGetProperty("body", out var body))
        {
            return string.Empty;
        }

        return body.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
            JsonValueKind.String => body.GetString() ?? string.Empty,
            _ => body.GetRawText(),
        };
    }
}
