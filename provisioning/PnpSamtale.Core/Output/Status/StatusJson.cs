using System.Text.Json;
using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Progress;

namespace PnpSamtale.Core.Output.Status;

/// <summary>
/// The status report as JSON for other tools: the round in numbers (<c>steps</c>, <c>conversations</c>, <c>forms</c>,
/// as the Functions app's <c>GET /api/rounds/{term}</c> answers), every step's state, and the late list grouped.
/// </summary>
public static class StatusJson
{
    /// <summary>Renders the report.</summary>
    /// <param name="progress">Who is behind.</param>
    /// <param name="by">How the late list is grouped.</param>
    /// <param name="site">The round site, if known.</param>
    public static string Render(RoundProgress progress, LateGrouping by, Uri? site = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return JsonOutput.Write(writer =>
        {
            var totals = progress.Totals;
            writer.WriteStartObject();
            writer.WriteString("round", progress.Plan.Term.ToString());
            writer.WriteString("routine", progress.Plan.Routine.Id);
            if (site is not null)
            {
                writer.WriteString("site", site.AbsoluteUri);
            }

            writer.WriteDate("asOf", progress.Today);
            writer.WriteStartObject("steps");
            writer.WriteNumber("total", totals.RoundSteps);
            writer.WriteNumber("done", totals.RoundStepsDone);
            writer.WriteNumber("late", totals.RoundStepsLate);
            writer.WriteEndObject();
            writer.WriteStartObject("conversations");
            writer.WriteNumber("total", totals.Conversations);
            writer.WriteNumber("held", totals.Held);
            writer.WriteNumber("late", totals.ConversationsLate);
            writer.WriteEndObject();
            writer.WriteStartObject("forms");
            foreach (var (stage, count) in totals.Forms.OrderBy(f => f.Key))
            {
                writer.WriteNumber(FormStages.Title(stage), count);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("stepStates");
            foreach (var step in progress.Steps)
            {
                Step(writer, step);
            }

            writer.WriteEndArray();
            writer.WriteString("by", Name(by));
            writer.WriteStartArray("groups");
            foreach (var group in progress.Groups(by))
            {
                writer.WriteStartObject();
                writer.WriteString("title", group.Title);
                if (group.Person is { } person)
                {
                    writer.WriteString("upn", person.Upn);
                }

                writer.WriteStartArray("late");
                foreach (var item in group.Items)
                {
                    Item(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void Step(Utf8JsonWriter writer, StepProgress step)
    {
        writer.WriteStartObject();
        writer.WriteString("step", step.Step.Id.ToString());
        writer.WriteString("activity", step.Step.Activity);
        writer.WriteString("phase", step.Phase.Id);
        writer.WriteString("judged", Name(step.Judged));
        writer.WriteDate("earliest", step.Earliest);
        writer.WriteDate("deadline", step.Deadline);
        writer.WriteString("state", Name(step.State));
        writer.WriteNumber("total", step.Total);
        writer.WriteNumber("done", step.Done);
        writer.WriteNumber("late", step.Late);
        writer.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter writer, LateItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Name(item.Kind));
        writer.WriteString("step", item.Step.ToString());
        writer.WriteString("activity", item.Activity);
        writer.WriteStartArray("responsible");
        foreach (var person in item.Responsible)
        {
            Person(writer, null, person);
        }

        writer.WriteEndArray();
        writer.WriteString("role", item.Role);
        if (item.Conversation is { } c)
        {
            writer.WriteStartObject("conversation");
            writer.WriteString("key", c.Key);
            writer.WriteString("step", c.Step.ToString());
            Person(writer, "holder", c.Holder);
            Person(writer, "partner", c.Partner);
            writer.WriteString("partnerRole", c.PartnerRole);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("conversation");
        }

        writer.WriteString("unit", item.Unit);
        writer.WriteDate("deadline", item.Deadline);
        writer.WriteNumber("businessDaysLate", item.BusinessDaysLate);
        writer.WriteString("link", item.Link?.AbsoluteUri);
        writer.WriteEndObject();
    }

    private static void Person(Utf8JsonWriter writer, string? name, ProgressPerson person)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("upn", person.Upn);
        writer.WriteString("name", person.Name);
        writer.WriteEndObject();
    }

    /// <summary>An enum value as JSON names it: <c>notKnownYet</c>, <c>perConversation</c>, <c>holder</c>.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
