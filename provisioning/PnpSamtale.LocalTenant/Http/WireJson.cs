using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>Writes JSON answers the way SharePoint (<c>odata=nometadata</c>) and Graph send them.</summary>
internal static class WireJson
{
    /// <summary>The content type of a SharePoint JSON answer.</summary>
    public const string SharePointContentType = "application/json;odata=nometadata;streaming=true;charset=utf-8";

    /// <summary>The content type of a Graph JSON answer.</summary>
    public const string GraphContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    /// <summary>Serializer options: UTF-8 text as is, no indentation.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a SharePoint JSON answer.</summary>
    public static Task WriteAsync(HttpContext http, JsonNode body, int status = StatusCodes.Status200OK) =>
        WriteAsync(http, body, status, SharePointContentType);

    /// <summary>Writes <c>{"value":…}</c>, the shape of collections and of functions returning a value.</summary>
    public static Task WriteValueAsync(HttpContext http, JsonNode? value) => WriteAsync(http, new JsonObject { ["value"] = value });

    /// <summary>Writes <c>{"odata.null":true}</c>, the answer of a void method.</summary>
    public static Task WriteNullAsync(HttpContext http) => WriteAsync(http, new JsonObject { ["odata.null"] = true });

    /// <summary>Writes 200 with an empty body, the answer of DELETE.</summary>
    public static Task WriteEmptyAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    /// <summary>Writes a Graph JSON answer.</summary>
    public static Task WriteGraphAsync(HttpContext http, JsonNode body, int status = StatusCodes.Status200OK) =>
        WriteAsync(http, body, status, GraphContentType);

    /// <summary>The SharePoint error body.</summary>
    public static JsonObject SharePointError(string code, string message) => new()
    {
        ["odata.error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = message },
        },
    };

    /// <summary>The Graph error body, with the request ids and date Graph adds.</summary>
    public static JsonObject GraphError(HttpContext http, string code, string message, DateTimeOffset now)
    {
        var requestId = RequestIdMiddleware.Get(http);
        var clientRequestId = http.Request.Headers["client-request-id"].ToString();
        return new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = clientRequestId.Length > 0 ? clientRequestId : requestId,
                },
            },
        };
    }

    private static async Task WriteAsync(HttpContext http, JsonNode body, int status, string contentType)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Options);
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
