using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PnpSamtale.Functions.Functions;

/// <summary>The shape of the HTTP functions' answers: JSON bodies, <c>{"error": …}</c> for what went wrong.</summary>
internal static class Answers
{
    /// <summary>How long an HTTP function may wait for SharePoint before answering 503 (the front end gives up at 230 s).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(25);

    /// <summary>An answer with a JSON body and, optionally, headers.</summary>
    public static IActionResult Json(int status, JsonNode body, IReadOnlyDictionary<string, string>? headers = null) =>
        new JsonAnswer(status, body, headers ?? new Dictionary<string, string>());

    /// <summary>
    /// 503 with <c>Retry-After</c>: something the function depends on (SharePoint) did not answer in time or failed; the
    /// caller gets an answer rather than a gateway time-out.
    /// </summary>
    public static IActionResult Unavailable() =>
        Json(StatusCodes.Status503ServiceUnavailable, Error("Temporarily unavailable; try again in a minute."), new Dictionary<string, string> { ["Retry-After"] = "60" });

    /// <summary>An error body: <c>{"error": "…"}</c>.</summary>
    public static JsonObject Error(string message) => new() { ["error"] = message };

    /// <summary>A problem list body: <c>{"error": "…", "problems": ["…"]}</c>.</summary>
    public static JsonObject Problems(string message, IEnumerable<string> problems) =>
        new() { ["error"] = message, ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode?)JsonValue.Create(p))]) };

    /// <summary>The public URL of a round's status, from the URL the caller used (the host forwards its scheme and host).</summary>
    public static string StatusUrl(HttpRequest request, string term)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}/api/rounds/{Uri.EscapeDataString(term)}";
    }

    private sealed class JsonAnswer(int status, JsonNode body, IReadOnlyDictionary<string, string> headers) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var response = context.HttpContext.Response;
            response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }

            response.ContentType = "application/json; charset=utf-8";
            return response.WriteAsync(body.ToJsonString(), context.HttpContext.RequestAborted);
        }
    }
}
