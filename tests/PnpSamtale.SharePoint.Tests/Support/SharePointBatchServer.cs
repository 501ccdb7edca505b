using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PnpSamtale.SharePoint.Tests.Support;

/// <summary>One operation's answer inside a stubbed batch response.</summary>
internal sealed record PartAnswer(HttpStatusCode Status, string Body = "", string? RetryAfter = null)
{
    public static PartAnswer Ok(string body = """{"odata.null":true}""") => new(HttpStatusCode.OK, body);

    public static PartAnswer Throttled(string retryAfter) => new(
        HttpStatusCode.TooManyRequests,
        """{"odata.error":{"code":"-2147024860, Microsoft.SharePoint.SPQueryThrottledException","message":{"lang":"en-US","value":"The request has been throttled."}}}""",
        retryAfter);
}

/// <summary>
/// A stub SharePoint <c>$batch</c> endpoint: reads the request lines of every part of an incoming batch, asks the
/// test how to answer each (by "METHOD url" and by how often that operation was seen), and writes a flat multipart
/// response as SharePoint does.
/// </summary>
internal sealed partial class SharePointBatchServer
{
    private const string Boundary = "batchresponse_3f1e0d2c-0000-4000-8000-0000000000bb";
    private readonly Func<string, int, PartAnswer> answer;
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> batches = [];

    public SharePointBatchServer(Func<string, int, PartAnswer> answer)
    {
        this.answer = answer;
        Handler = new StubHandler((request, _) => Answer(request));
    }

    public StubHandler Handler { get; }

    /// <summary>The operations ("METHOD url") of each batch received, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Batches => batches;

    /// <summary>Writes a flat batch response for the given answers.</summary>
    public static string Write(string boundary, IEnumerable<PartAnswer> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            text.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {(int)part.Status} {part.Status}\r\n");
            text.Append("CONTENT-TYPE: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n");
            if (part.RetryAfter is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"Retry-After: {part.RetryAfter}\r\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"\r\n{part.Body}\r\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"--{boundary}--\r\n").ToString();
    }

    private HttpResponseMessage Answer(SeenRequest request)
    {
        Assert.EndsWith("/_api/$batch", request.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("multipart/mixed; boundary=batch_", request.Header("Content-Type"), StringComparison.Ordinal);
        var operations = RequestLine().Matches(request.Body).Select(m => m.Groups[1].Value).ToArray();
        lock (batches)
        {
            batches.Add(operations);
            var answers = operations.Select(operation =>
            {
                var count = seen.GetValueOrDefault(operation);
                seen[operation] = count + 1;
                return answer(operation, count);
            }).ToArray();
            var response = Respond.Multipart(Boundary, Write(Boundary, answers));
            response.Headers.TryAddWithoutValidation("SPRequestGuid", "7c6d5e4f-0000-4000-8000-0000000000cc");
            return response;
        }
    }

    [GeneratedRegex(@"^((?:GET|POST|DELETE) \S+) HTTP/1\.1\r$", RegexOptions.Multiline)]
    private static partial Regex RequestLine();
}
