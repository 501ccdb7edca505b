using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Terms;
using PnpSamtale.Functions.Callers;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Jobs.Status;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>RoundStatus</c> (HTTP <c>GET /api/rounds/{term}</c>): a round's progress as JSON — round steps done and late,
/// conversations held and with something late, forms per stage, read from the register as <c>samtale round status</c>
/// does; 404 while the round has no site (e.g. still queued). The caller was checked by <see cref="CallerCheck"/>.
/// </summary>
internal sealed class RoundStatusFunction(RoundStatusReader reader, DefinitionLibrary definitions, TimeProvider clock, ILogger<RoundStatusFunction> logger)
{
    /// <summary>Runs once.</summary>
    [Function("RoundStatus")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "rounds/{term}")] HttpRequest request, string term, CancellationToken cancellationToken)
    {
        var log = new InvocationLog(logger);
        if (!Term.TryParse(term, out var parsed))
        {
            return Answers.Json(StatusCodes.Status400BadRequest, Answers.Problems("Not a round.", [$"term: '{term}' is not a term: {Term.Problem(term)}; expected e.g. H2026, V2027 or 2027."]));
        }

        var today = OsloTime.Day(clock.GetUtcNow());
        RoundStatus? status;
        using (var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            patience.CancelAfter(Answers.Patience);
            try
            {
                status = await reader.ReadAsync(definitions.Scope(), parsed.ToString(), today, patience.Token).ConfigureAwait(false);
            }
            catch (Exception e) when ((e is OperationCanceledException && !cancellationToken.IsCancellationRequested) || e is SharePointServiceException or HttpRequestException)
            {
                log.Error($"Runde {parsed}: SharePoint svarte ikke i tide eller feilet ({e.GetType().Name}).");
                return Answers.Unavailable();
            }
        }

        if (status is null)
        {
            log.Write($"Runde {parsed} har ikke noe nettsted (ennå).");
            return Answers.Json(StatusCodes.Status404NotFound, Answers.Error($"Round {parsed} has no site yet; if it was just ordered, it is being provisioned."));
        }

        var totals = status.Progress.Totals;
        var forms = new JsonObject();
        foreach (var (stage, count) in totals.Forms)
        {
            forms[FormStages.Title(stage)] = count;
        }

        log.Write($"Runde {parsed}: {totals.RoundStepsDone}/{totals.RoundSteps} rundesteg, {totals.Held}/{totals.Conversations} samtaler.");
        return Answers.Json(StatusCodes.Status200OK, new JsonObject
        {
            ["term"] = status.Term,
            ["site"] = status.Site.AbsoluteUri,
            ["asOf"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["steps"] = new JsonObject { ["total"] = totals.RoundSteps, ["done"] = totals.RoundStepsDone, ["late"] = totals.RoundStepsLate },
            ["conversations"] = new JsonObject { ["total"] = totals.Conversations, ["held"] = totals.Held, ["late"] = totals.ConversationsLate },
            ["forms"] = forms,
        });
    }
}
