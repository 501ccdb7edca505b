using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Handlers;
using PnpSamtale.Functions.Protocol;

namespace PnpSamtale.Functions.Hosting;

/// <summary>
/// Answers the host's <c>POST /&lt;FunctionName&gt;</c>: reads the payload, runs the function and writes
/// <c>{"Outputs", "Logs", "ReturnValue"}</c> as <c>application/json</c> — 200 when the function succeeded, 500 when
/// it failed or threw (the host then records a failure, drops the body and retries a queue message; the lines stay
/// in the handler's console output, see <see cref="InvocationLog"/>). Holds no per-invocation state, so concurrent
/// invocations are independent.
/// </summary>
internal sealed partial class FunctionDispatcher(IEnumerable<IFunction> functions, TimeProvider clock, ILogger<FunctionDispatcher> logger)
{
    private readonly Dictionary<string, IFunction> byName = functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The functions served.</summary>
    public IReadOnlyCollection<string> Names => byName.Keys;

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var name = http.Request.RouteValues["function"] as string ?? string.Empty;
        var invocationId = http.Request.Headers["X-Azure-Functions-InvocationId"].ToString();
        var log = new InvocationLog(logger, name, invocationId.Length > 0 ? invocationId : null);
        if (!byName.TryGetValue(name, out var function))
        {
            log.Error($"Ukjent funksjon '{name}'; kjente: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))}.");
            await WriteAsync(http, StatusCodes.Status404NotFound, InvocationOutcome.Failure(), log).ConfigureAwait(false);
            return;
        }

        Invocation invocation;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            invocation = Invocation.Parse(function.Name, invocationId.Length > 0 ? invocationId : null, body.RootElement);
        }
        catch (JsonException e)
        {
            log.Error($"Kallet er ikke gyldig JSON med Data og Metadata: {e.Message}");
            await WriteAsync(http, StatusCodes.Status400BadRequest, InvocationOutcome.Failure(), log).ConfigureAwait(false);
            return;
        }

        var context = new InvocationContext(log, invocation.HostTime ?? clock.GetUtcNow());
        InvocationOutcome outcome;
        try
        {
            outcome = await function.RunAsync(invocation, context, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            log.Error($"{e.GetType().Name}: {e.Message}");
            LogException(logger, e, function.Name);
            outcome = InvocationOutcome.Failure();
        }

        await WriteAsync(http, outcome.Failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK, outcome, log).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext http, int status, InvocationOutcome outcome, InvocationLog log)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(outcome.ToJson(log.Lines).ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} failed")]
    private static partial void LogException(ILogger logger, Exception exception, string function);
}
