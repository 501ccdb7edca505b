using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// "Start this round": <c>{"routine": "stinn-medarbeidersamtaler", "term": "H2026", "setDates": {"1.2": "2026-11-09"}}</c>,
/// the body of <c>POST /api/rounds</c> and, with who asked and when, the queue message <c>ProvisionRound</c> takes.
/// Validated the same way in both places (the definitions may have changed in between).
/// </summary>
internal sealed record RoundOrder(Routine Routine, FormTemplate Forms, Term Term, IReadOnlyDictionary<StepId, DateOnly> SetDates, string? RequestedBy, DateTimeOffset? RequestedAt)
{
    private static readonly string[] Ordered = ["routine", "term", "setDates"];
    private static readonly string[] Queued = [.. Ordered, "requestedBy", "requestedAt"];

    /// <summary>The queue message for this order.</summary>
    public string ToMessage(string requestedBy, DateTimeOffset requestedAt)
    {
        var dates = new JsonObject();
        foreach (var (step, day) in SetDates.OrderBy(d => d.Key))
        {
            dates[step.ToString()] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return new JsonObject
        {
            ["routine"] = Routine.Id,
            ["term"] = Term.ToString(),
            ["setDates"] = dates,
            ["requestedBy"] = requestedBy,
            ["requestedAt"] = requestedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        }.ToJsonString();
    }

    /// <summary>
    /// Reads and checks an order; the problems name the field and say what is expected. A queue message may also say
    /// who ordered it and when (<paramref name="fromQueue"/>); a caller may not.
    /// </summary>
    public static (RoundOrder? Order, IReadOnlyList<string> Problems) Read(string? text, DefinitionLibrary definitions, bool fromQueue)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, [$"The body is not JSON ({e.Message}); expected {{\"routine\": \"…\", \"term\": \"H2026\", \"setDates\": {{\"1.2\": \"2026-11-09\"}}}}."]);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, ["The body must be a JSON object: {\"routine\": \"…\", \"term\": \"H2026\", \"setDates\": {\"1.2\": \"2026-11-09\"}}."]);
        }

        var problems = new List<string>();
        var known = fromQueue ? Queued : Ordered;
        foreach (var property in body.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add($"{property.Name}: unknown field; expected routine, term and setDates.");
        }

        var routine = ReadRoutine(body, definitions, problems);
        var forms = routine is null ? null : definitions.Forms(routine.Id);
        if (routine is not null && forms is null)
        {
            problems.Add($"routine: '{routine.Id}' has no form template (forms/{routine.Id}.yaml among the definitions).");
        }

        var term = ReadTerm(body, problems);
        var setDates = ReadSetDates(body, problems);
        if (problems.Count > 0 || routine is null || forms is null || term is null)
        {
            return (null, problems);
        }

        var plan = Planner.Create(new PlanRequest(routine, term.Value) { SetDates = setDates });
        if (plan.Plan is null)
        {
            return (null, plan.Errors);
        }

        var requestedBy = JsonFields.Text(JsonFields.Property(body, "requestedBy"));
        var requestedAt = JsonFields.Moment(JsonFields.Property(body, "requestedAt"));
        return (new RoundOrder(routine, forms, term.Value, setDates, requestedBy, requestedAt), []);
    }

    private static Routine? ReadRoutine(JsonElement body, DefinitionLibrary definitions, List<string> problems)
    {
        var id = JsonFields.Text(JsonFields.Property(body, "routine"));
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add($"routine: required; one of {string.Join(", ", definitions.RoutineIds)}.");
            return null;
        }

        var routine = DefinitionLibrary.IsId(id) ? definitions.Routine(id) : null;
        if (routine is null)
        {
            problems.Add($"routine: '{id}' is not a routine here; one of {string.Join(", ", definitions.RoutineIds)}.");
        }

        return routine;
    }

    private static Term? ReadTerm(JsonElement body, List<string> problems)
    {
        var text = JsonFields.Text(JsonFields.Property(body, "term"));
        if (Term.TryParse(text, out var term))
        {
            return term;
        }

        problems.Add(text is null ? "term: required, e.g. H2026 (autumn), V2027 (spring) or 2027 (annual)." : "term: " + TermProblem(text));
        return null;
    }

    private static string TermProblem(string text)
    {
        try
        {
            Term.Parse(text);
            return string.Empty;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static Dictionary<StepId, DateOnly> ReadSetDates(JsonElement body, List<string> problems)
    {
        var dates = new Dictionary<StepId, DateOnly>();
        switch (JsonFields.Property(body, "setDates"))
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return dates;
            case { ValueKind: JsonValueKind.Object } given:
                foreach (var entry in given.EnumerateObject())
                {
                    var value = JsonFields.Text(entry.Value);
                    if (!StepId.TryParse(entry.Name, out var step))
                    {
                        problems.Add($"setDates.{entry.Name}: not a step number; expected e.g. \"1.2\".");
                    }
                    else if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    {
                        problems.Add($"setDates.{entry.Name}: '{value}' is not a date; expected YYYY-MM-DD, e.g. \"2026-11-09\".");
                    }
                    else if (!dates.TryAdd(step, day))
                    {
                        problems.Add($"setDates.{entry.Name}: step {step} is given more than once.");
                    }
                }

                return dates;
            default:
                problems.Add("setDates: must be an object of step → date, e.g. {\"1.2\": \"2026-11-09\"}.");
                return dates;
        }
    }
}
