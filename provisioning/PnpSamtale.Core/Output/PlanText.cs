using System.Text;
using PnpSamtale.Core.Planning;

namespace PnpSamtale.Core.Output;

/// <summary>The plan as a text table, grouped by phase, for the terminal and the notice board.</summary>
public static class PlanText
{
    /// <summary>Renders the plan.</summary>
    public static string Render(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        text.Append(PlanHeadings.Title(plan)).Append('\n');
        text.Append(PlanHeadings.Start(plan)).Append("\n\n");

        var steps = new TextTable("Steg", "Aktivitet", "Ansvarlig", "Tidligst", "Senest");
        foreach (var phase in plan.Steps.GroupBy(s => s.Phase))
        {
            steps.AddSection(PlanHeadings.Phase(phase.Key));
            foreach (var step in phase)
            {
                steps.Add(step.Step.Id.ToString(), step.Step.Activity + (step.Optional ? " (ved behov)" : string.Empty), step.Step.Responsible, PlanHeadings.Date(step.Window.Earliest, plan), PlanHeadings.Date(step.Window.Latest, plan));
                steps.AddNote(step.Explanation);
            }
        }

        text.Append(steps);
        if (plan.Conversations.Count > 0)
        {
            text.Append("\nSamtaler (").Append(plan.Conversations.Count).Append(")\n");
            var conversations = new TextTable("Steg", "Samtaleansvarlig", "Samtalepartner", "Rolle", "Sted", "Tidligst", "Senest");
            foreach (var c in plan.Conversations)
            {
                conversations.Add(c.Conversation.Step.ToString(), c.Conversation.Holder.Name, c.Conversation.Partner.Name, c.Conversation.PartnerRole ?? string.Empty, c.Conversation.Campus ?? string.Empty, PlanHeadings.Date(c.Window.Earliest, plan), PlanHeadings.Date(c.Window.Latest, plan));
            }

            text.Append(conversations);
        }

        if (plan.Warnings.Count > 0)
        {
            text.Append("\nMerk (").Append(plan.Warnings.Count).Append(")\n");
            foreach (var warning in plan.Warnings)
            {
                text.Append("  ! ").Append(warning.Message).Append('\n');
            }
        }

        return text.ToString();
    }
}
