using System.Globalization;
using System.Net;
using System.Text.Json;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>The answer the host's front end gives an HTTP caller, and the invocation behind it (none when refused before).</summary>
/// <param name="Status">The status code.</param>
/// <param name="Headers">Response and content headers (first value each).</param>
/// <param name="Body">The body text.</param>
/// <param name="Invocation">The invocation, when one ran.</param>
internal sealed record HttpAnswer(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body, InvocationResult? Invocation)
{
    /// <summary>The body as JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body.Length == 0 ? "null" : Body);
        return document.RootElement.Clone();
    }
}

/// <summary>HTTP: the host's front end.</summary>
internal sealed partial class FunctionsHostStandIn
{
    private static readonly HttpClient Forwarder = new(new RetryingForwarder(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false }))
    {
        Timeout = TimeSpan.FromMinutes(5),
    };

    /// <summary>
    /// Handles a caller's request as the host does: finds the HTTP function by route and method (404 if none), checks
    /// the function key for <c>authLevel: function</c> (401 without it), then starts forwarding the request to the
    /// worker's <c>HttpUri</c> with <c>x-ms-invocation-id</c> and the <c>X-Forwarded-*</c> headers, sends the
    /// invocation request (its trigger value empty, the route values as binding data), and answers with the worker's
    /// response — or 500 when the invocation failed.
    /// </summary>
    public async Task<HttpAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.RequestUri ?? throw new ArgumentException("The request needs an absolute URL.", nameof(request));
        if (routes?.Match(request.Method.Method, url.AbsolutePath) is not { } match)
        {
            return new HttpAnswer(HttpStatusCode.NotFound, new Dictionary<string, string>(), string.Empty, null);
        }

        var (function, values) = match;
        if (!string.Equals(function.Trigger.Text("authLevel"), "anonymous", StringComparison.OrdinalIgnoreCase) && !HasKey(request, url))
        {
            return new HttpAnswer(HttpStatusCode.Unauthorized, new Dictionary<string, string>(), string.Empty, null);
        }

        var worker = httpUri ?? throw new InvalidOperationException("The worker did not announce an HttpUri: HTTP functions need the ASP.NET Core integration.");
        var invocationId = Guid.NewGuid().ToString();
        using var forward = await ForwardedAsync(request, url, worker, invocationId, cancellationToken).ConfigureAwait(false);
        var forwarding = Forwarder.SendAsync(forward, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var metadata = values.ToDictionary(v => v.Key, v => new TypedData { Text = Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? string.Empty }, StringComparer.Ordinal);
        var invocation = await InvokeAsync(function, new TypedData { Http = new RpcHttp() }, metadata, invocationId, cancellationToken).ConfigureAwait(false);
        using var response = await forwarding.ConfigureAwait(false);
        if (!invocation.Succeeded)
        {
            return new HttpAnswer(HttpStatusCode.InternalServerError, new Dictionary<string, string>(), string.Empty, invocation);
        }

        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => h.Value.First(), StringComparer.OrdinalIgnoreCase);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new HttpAnswer(response.StatusCode, headers, body, invocation);
    }

    private bool HasKey(HttpRequestMessage request, Uri url) =>
        (request.Headers.TryGetValues("x-functions-key", out var keys) && keys.Contains(FunctionKey, StringComparer.Ordinal))
        || url.Query.TrimStart('?').Split('&').Select(Uri.UnescapeDataString).Contains("code=" + FunctionKey, StringComparer.Ordinal);

    private static async Task<HttpRequestMessage> ForwardedAsync(HttpRequestMessage request, Uri url, Uri worker, string invocationId, CancellationToken cancellationToken)
    {
        var forward = new HttpRequestMessage(request.Method, new Uri(worker, url.PathAndQuery));
        foreach (var (name, headerValues) in request.Headers)
        {
            forward.Headers.TryAddWithoutValidation(name, headerValues);
        }

        if (request.Content is { } content)
        {
            forward.Content = new ByteArrayContent(await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            foreach (var (name, headerValues) in content.Headers)
            {
                forward.Content.Headers.TryAddWithoutValidation(name, headerValues);
            }
        }

        forward.Headers.Remove("x-ms-invocation-id");
        forward.Headers.TryAddWithoutValidation("x-ms-invocation-id", invocationId);
        forward.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7");
        forward.Headers.TryAddWithoutValidation("X-Forwarded-Proto", url.Scheme);
        forward.Headers.TryAddWithoutValidation("X-Forwarded-Host", url.Authority);
        return forward;
    }
}

/// <summary>
/// The host's patience with a worker whose HTTP endpoint is not listening yet: a request that cannot be sent is tried
/// again, up to 10 times, after 50 ms doubling to at most 250 ms.
/// </summary>
internal sealed class RetryingForwarder(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private const int Attempts = 10;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < Attempts)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
            }
        }
    }
}
