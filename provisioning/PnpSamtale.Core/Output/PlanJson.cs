using System.Text.Json;
using PnpSamtale.Core.Planning;

namespace PnpSamtale.Core.Output;

/// <summary>
/// The plan as JSON for other tools: <c>{"term","start","steps":[{"id","earliest","latest","explanation"}],
/// "conversations":[{"step","holder","partner","earliest","latest"}],"warnings":[...]}</c>; dates are ISO 8601 or
/// <c>null</c> where not yet known. Holder and partner are UPNs; names and more are in extra fields.
/// </summary>
public static class PlanJson
{
    /// <summary>Renders the plan.</summary>
    public static string Render(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("routine", plan.Routine.Id);
            w.WriteString("term", plan.Term.ToString());
            w.WriteDate("start", plan.Start);
            w.WriteStartArray("steps");
            foreach (var step in plan.Steps)
            {
                w.WriteStartObject();
                w.WriteString("id", step.Step.Id.Value);
                w.WriteString("activity", step.Step.Activity);
                if (step.Step.ActivityEn is { } english)
                {
                    w.WriteString("activityEn", english);
                }

                w.WriteString("phase", step.Phase.Id);
                w.WriteDate("earliest", step.Window.Earliest);
                w.WriteDate("latest", step.Window.Latest);
                w.WriteString("explanation", step.Explanation);
                w.WriteBoolean("optional", step.Optional);
                w.WriteBoolean("set", step.IsSet);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteConversations(w, plan);
            w.WriteStartArray("warnings");
            foreach (var warning in plan.Warnings)
            {
                w.WriteStringValue(warning.Message);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteConversations(Utf8JsonWriter w, Plan plan)
    {
        w.WriteStartArray("conversations");
        foreach (var c in plan.Conversations)
        {
            w.WriteStartObject();
            w.WriteString("step", c.Conversation.Step.Value);
            w.WriteString("holder", c.Conversation.Holder.Upn);
            w.WriteString("partner", c.Conversation.Partner.Upn);
            w.WriteDate("earliest", c.Window.Earliest);
            w.WriteDate("latest", c.Window.Latest);
            w.WriteString("key", c.Conversation.Key);
            w.WriteString("holderName", c.Conversation.Holder.Name);
            w.WriteString("partnerName", c.Conversation.Partner.Name);
            if (c.Conversation.PartnerRole is { } role)
            {
                w.WriteString("partnerRole", role);
            }

            if (c.Conversation.Campus is { } campus)
            {
                w.WriteString("campus", campus);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
