using System.Text.Json.Nodes;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Terms;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Provisioning;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>RoundStatus</c> (HTTP <c>GET /api/rounds/{term}</c>): a round's progress as JSON — steps done and late,
/// conversations held and late, forms per stage; 404 while the round has no site (e.g. still queued).
/// </summary>
internal sealed class RoundStatusFunction(HttpApi api, RoundStatusReader reader, DefinitionLibrary definitions) : IFunction
{
    public string Name => "RoundStatus";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var admission = await api.AdmitAsync(invocation, context, cancellationToken).ConfigureAwait(false);
        if (admission.Refused is { } refused)
        {
            return refused;
        }

        var text = admission.Request.Parameter("term");
        if (!Term.TryParse(text, out var term))
        {
            return InvocationOutcome.Success().WithHttp(HttpApi.Response, 400, HttpApi.Problems("Not a round.", [$"term: '{text}' is not a term; expected e.g. H2026, V2027 or 2027."]));
        }

        var today = OsloTime.Day(context.Now);
        RoundStatus? status;
        using (var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            patience.CancelAfter(HttpApi.Patience);
            try
            {
                status = await reader.ReadAsync(definitions.Blueprint, definitions.Tenant, term.ToString(), today, patience.Token).ConfigureAwait(false);
            }
            catch (Exception e) when ((e is OperationCanceledException && !cancellationToken.IsCancellationRequested) || e is SharePointServiceException or HttpRequestException)
            {
                context.Log.Error($"Runde {term}: SharePoint svarte ikke i tide eller feilet ({e.GetType().Name}: {e.Message}).");
                return HttpApi.Unavailable();
            }
        }

        if (status is null)
        {
            context.Log.Write($"Runde {term} har ikke noe nettsted (ennå).");
            return InvocationOutcome.Success().WithHttp(HttpApi.Response, 404, HttpApi.Error($"Round {term} has no site yet; if it was just ordered, it is being provisioned."));
        }

        var forms = new JsonObject();
        foreach (var (stage, count) in status.Forms)
        {
            forms[FormStages.Title(stage)] = count;
        }

        context.Log.Write($"Runde {term}: {status.StepsDone}/{status.Steps} steg, {status.Held}/{status.Conversations} samtaler.");
        return InvocationOutcome.Success().WithHttp(HttpApi.Response, 200, new JsonObject
        {
            ["term"] = status.Term,
            ["site"] = status.Site.AbsoluteUri,
            ["asOf"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["steps"] = new JsonObject { ["total"] = status.Steps, ["done"] = status.StepsDone, ["late"] = status.StepsLate },
            ["conversations"] = new JsonObject { ["total"] = status.Conversations, ["held"] = status.Held, ["late"] = status.Late },
            ["forms"] = forms,
        });
    }
}
