using System.Text;
using PnpSamtale.Core.Planning;

namespace PnpSamtale.Core.Output;

/// <summary>The plan as Markdown for the OU: a table per phase, the conversations, and what needs attention.</summary>
public static class PlanMarkdown
{
    /// <summary>Renders the plan.</summary>
    public static string Render(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var md = new StringBuilder();
        md.Append("# ").Append(Cell(PlanHeadings.Title(plan))).Append("\n\n");
        md.Append(Cell(PlanHeadings.Start(plan))).Append("\n\n");
        foreach (var phase in plan.Steps.GroupBy(s => s.Phase))
        {
            md.Append("## ").Append(Cell(PlanHeadings.Phase(phase.Key))).Append("\n\n");
            md.Append("| Steg | Aktivitet | Ansvarlig | Når (rutinen) | Tidligst | Senest | Slik er datoene funnet |\n");
            md.Append("|---|---|---|---|---|---|---|\n");
            foreach (var step in phase)
            {
                md.Append("| ").Append(step.Step.Id).Append(" | ").Append(Cell(step.Step.Activity)).Append(step.Optional ? " *(ved behov)*" : string.Empty)
                  .Append(" | ").Append(Cell(step.Step.Responsible)).Append(" | ").Append(Cell(step.Step.When))
                  .Append(" | ").Append(PlanHeadings.Date(step.Window.Earliest, plan)).Append(" | ").Append(PlanHeadings.Date(step.Window.Latest, plan))
                  .Append(" | ").Append(Cell(step.Explanation)).Append(" |\n");
            }

            md.Append('\n');
        }

        if (plan.Conversations.Count > 0)
        {
            md.Append("## Samtaler\n\n| Steg | Samtaleansvarlig | Samtalepartner | Rolle | Sted | Tidligst | Senest |\n|---|---|---|---|---|---|---|\n");
            foreach (var c in plan.Conversations)
            {
                md.Append("| ").Append(c.Conversation.Step).Append(" | ").Append(Cell(c.Conversation.Holder.Name)).Append(" | ").Append(Cell(c.Conversation.Partner.Name))
                  .Append(" | ").Append(Cell(c.Conversation.PartnerRole ?? string.Empty)).Append(" | ").Append(Cell(c.Conversation.Campus ?? string.Empty))
                  .Append(" | ").Append(PlanHeadings.Date(c.Window.Earliest, plan)).Append(" | ").Append(PlanHeadings.Date(c.Window.Latest, plan)).Append(" |\n");
            }

            md.Append('\n');
        }

        if (plan.Warnings.Count > 0)
        {
            md.Append("## Merk\n\n");
            foreach (var warning in plan.Warnings)
            {
                md.Append("- ").Append(Cell(warning.Message)).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>Text from people and routines, escaped for Markdown on one line (a table cell, a heading, a list item).</summary>
    private static string Cell(string text) => MarkdownText.Escape(text);
}
