using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Callers;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>StartRound</c> (HTTP <c>POST /api/rounds</c>): checks the order and queues it for <c>ProvisionRound</c>; answers
/// 202 with the status URL, or 400 with every problem found. Writes nothing to SharePoint itself, so it answers at once
/// and a retried provisioning is the queue's business. The caller was checked by <see cref="CallerCheck"/>.
/// </summary>
internal sealed class StartRoundFunction(DefinitionLibrary definitions, TimeProvider clock, ILogger<StartRoundFunction> logger)
{
    /// <summary>Runs once.</summary>
    [Function("StartRound")]
    public async Task<StartRoundOutput> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "rounds")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var log = new InvocationLog(logger);
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var (order, problems) = RoundOrder.Read(body, definitions, fromQueue: false);
        if (order is null)
        {
            log.Write($"Avvist (400): {string.Join(" ", problems)}");
            return new StartRoundOutput(null, Answers.Json(StatusCodes.Status400BadRequest, Answers.Problems("The round cannot be started.", problems)));
        }

        var caller = CallerIdentity.Of(request.HttpContext.User) ?? "ukjent";
        var status = Answers.StatusUrl(request, order.Term.ToString());
        log.Write($"Runde {order.Term} ({order.Routine.Id}) lagt i kø for klargjøring.");
        return new StartRoundOutput(
            order.ToMessage(caller, clock.GetUtcNow()),
            Answers.Json(StatusCodes.Status202Accepted, new JsonObject
            {
                ["routine"] = order.Routine.Id,
                ["term"] = order.Term.ToString(),
                ["status"] = "queued",
                ["statusUrl"] = status,
            }, new Dictionary<string, string> { ["Location"] = status }));
    }
}

/// <summary><c>StartRound</c>'s outputs: the queued order (none when refused) and the HTTP answer.</summary>
/// <param name="Round">The message for <see cref="RoundQueue.Name"/>, or <c>null</c>.</param>
/// <param name="Response">The answer to the caller.</param>
internal sealed record StartRoundOutput(
    [property: QueueOutput(RoundQueue.Name)] string? Round,
    [property: HttpResult] IActionResult Response);
