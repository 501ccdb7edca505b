using System.Net.Http.Headers;
using System.Text.Json;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Errors;

/// <summary>
/// Reads the error documents of both services:
/// SharePoint <c>{"odata.error":{"code":"-1, System.ArgumentException","message":{"lang":"en-US","value":"…"}}}</c> and
/// Graph <c>{"error":{"code":"itemNotFound","message":"…","innerError":{"request-id":"…"}}}</c>.
/// </summary>
internal static class RemoteErrorParser
{
    private const int MaxEchoedBodyLength = 200;

    /// <summary>The error a failed response describes.</summary>
    public static RemoteError Parse(WireResponse response)
    {
        var (code, message, bodyRequestId) = ReadBody(response.ReadText());
        message ??= Describe(response);
        return new RemoteError(response.Status, code, message, response.RequestId ?? bodyRequestId);
    }

    /// <summary>The response's <c>Retry-After</c>, when it has a valid one.</summary>
    public static RetryConditionHeaderValue? RetryAfterOf(WireResponse response) =>
        RetryConditionHeaderValue.TryParse(response.GetHeader("Retry-After"), out var value) ? value : null;

    private static (string? Code, string? Message, string? RequestId) ReadBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && (root.TryGetProperty("odata.error", out var error) || root.TryGetProperty("error", out error))
                && error.ValueKind == JsonValueKind.Object)
            {
                return (StringOf(error, "code"), MessageOf(error), RequestIdOf(error));
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, a truncated body): the status and a short echo of the body must do.
        }

        return (null, null, null);
    }

    private static string? MessageOf(JsonElement error)
    {
        if (!error.TryGetProperty("message", out var message))
        {
            return null;
        }

        // SharePoint nests the text as {"lang","value"}; Graph gives a plain string.
        return message.ValueKind switch
        {
            JsonValueKind.String => message.GetString(),
            JsonValueKind.Object => StringOf(message, "value"),
            _ => null,
        };
    }

    private static string? RequestIdOf(JsonElement error) =>
        error.TryGetProperty("innerError", out var inner) && inner.ValueKind == JsonValueKind.Object
            ? StringOf(inner, "request-id")
            : null;

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(WireResponse response)
    {
        var body = response.ReadText().Trim();
        if (body.Length == 0)
        {
            return $"The service answered {(int)response.Status} with no error document.";
        }

        var echo = body.Length > MaxEchoedBodyLength ? string.Concat(body.AsSpan(0, MaxEchoedBodyLength), "…") : body;
        return $"The service answered {(int)response.Status} with a body that is not an error document: {echo}";
    }
}
