using System.Text.Json.Nodes;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>StartRound</c> (HTTP <c>POST /api/rounds</c>): checks the order and queues it for <c>ProvisionRound</c>
/// (output binding <c>round</c>); answers 202 with the status URL, or 400 with every problem found. Writes nothing to
/// SharePoint itself, so it answers at once and a retried provisioning is the queue's business.
/// </summary>
internal sealed class StartRoundFunction(HttpApi api, DefinitionLibrary definitions) : IFunction
{
    /// <summary>The queue output binding.</summary>
    public const string Queue = "round";

    public string Name => "StartRound";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var admission = await api.AdmitAsync(invocation, context, cancellationToken).ConfigureAwait(false);
        if (admission.Refused is { } refused)
        {
            return refused;
        }

        var request = admission.Request;
        var (order, problems) = RoundOrder.Read(request.Body, definitions, fromQueue: false);
        if (order is null)
        {
            context.Log.Write($"Avvist (400): {string.Join(" ", problems)}");
            return InvocationOutcome.Success().WithHttp(HttpApi.Response, 400, HttpApi.Problems("The round cannot be started.", problems));
        }

        var outcome = InvocationOutcome.Success().With(Queue, order.ToMessage(admission.Caller ?? "ukjent", context.Now));
        var status = HttpApi.StatusUrl(request, order.Term.ToString());
        context.Log.Write($"Runde {order.Term} ({order.Routine.Id}) lagt i kø for klargjøring.");
        return outcome.WithHttp(HttpApi.Response, 202, new JsonObject
        {
            ["routine"] = order.Routine.Id,
            ["term"] = order.Term.ToString(),
            ["status"] = "queued",
            ["statusUrl"] = status,
        }, new Dictionary<string, string> { ["Location"] = status });
    }
}
