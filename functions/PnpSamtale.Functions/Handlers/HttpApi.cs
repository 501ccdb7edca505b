using System.Text.Json.Nodes;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Functions.Security;

namespace PnpSamtale.Functions.Handlers;

/// <summary>What the HTTP functions share: the caller check and the shape of their answers.</summary>
internal sealed class HttpApi(CallerAuthorizer authorizer)
{
    /// <summary>The name of the HTTP output binding in every HTTP function.</summary>
    public const string Response = "res";

    /// <summary>
    /// Reads the request and checks the caller; when refused, <see cref="Admission.Refused"/> is the 401/403 answer (the
    /// invocation itself succeeded: the host returns the answer to the caller).
    /// </summary>
    public async Task<Admission> AdmitAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var request = HttpTrigger.From(invocation.Binding("req"));
        CallerDecision decision;
        try
        {
            decision = await authorizer.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            // The tenant's OpenID configuration could not be fetched (IdentityModel wraps the cause).
            context.Log.Error($"Kunne ikke hente nøklene til å sjekke tokenet: {e.Message}");
            return new Admission(request, null, Unavailable());
        }

        if (decision.Allowed)
        {
            context.Log.Write($"Kalt av objekt-id {decision.Caller ?? "(ukjent)"} med rollen {ApiOptions.AdminRole}.");
            return new Admission(request, decision.Caller ?? "ukjent", null);
        }

        context.Log.Write($"Avvist ({decision.Status}): {decision.Reason}");
        var headers = decision.Status == 401 ? new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" } : null;
        return new Admission(request, decision.Caller, InvocationOutcome.Success().WithHttp(Response, decision.Status, Error(decision.Reason), headers));
    }

    /// <summary>
    /// 503 with <c>Retry-After</c>: something this function depends on (SharePoint, the token keys) did not answer in
    /// time or failed; the invocation itself succeeds, so the caller gets an answer rather than a gateway time-out.
    /// </summary>
    public static InvocationOutcome Unavailable() =>
        InvocationOutcome.Success().WithHttp(Response, 503, Error("Temporarily unavailable; try again in a minute."), new Dictionary<string, string> { ["Retry-After"] = "60" });

    /// <summary>How long an HTTP function may wait for SharePoint before answering 503 (the front end gives up at 230 s).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(25);

    /// <summary>An error body: <c>{"error": "…"}</c>.</summary>
    public static JsonObject Error(string message) => new() { ["error"] = message };

    /// <summary>A problem list body: <c>{"error": "…", "problems": ["…"]}</c>.</summary>
    public static JsonObject Problems(string message, IEnumerable<string> problems) =>
        new() { ["error"] = message, ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode?)JsonValue.Create(p))]) };

    /// <summary>The public URL of a round's status, from the URL the caller used (or relative, if unknown).</summary>
    public static string StatusUrl(HttpTrigger request, string term) =>
        (request.Url is { } url ? url.GetLeftPart(UriPartial.Authority) : string.Empty) + "/api/rounds/" + Uri.EscapeDataString(term);
}

/// <summary>The request, who sent it, and the answer if they were refused.</summary>
/// <param name="Request">The HTTP request.</param>
/// <param name="Caller">Who called, when known.</param>
/// <param name="Refused">The 401/403 answer, or <c>null</c> when the caller may proceed.</param>
internal sealed record Admission(HttpTrigger Request, string? Caller, InvocationOutcome? Refused);
