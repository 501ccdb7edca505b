using System.Text;
using PnpSamtale.Core.Progress;

namespace PnpSamtale.Core.Output.Status;

/// <summary>The status report for a terminal: the round in numbers, every step's state, and the late list grouped.</summary>
public static class StatusText
{
    /// <summary>Renders the report.</summary>
    /// <param name="progress">Who is behind.</param>
    /// <param name="by">How the late list is grouped.</param>
    /// <param name="site">The round site, named under the title when given.</param>
    public static string Render(RoundProgress progress, LateGrouping by, Uri? site = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var text = new StringBuilder();
        text.Append(StatusHeadings.Title(progress)).Append('\n');
        text.Append(StatusHeadings.AsOf(progress));
        if (site is not null)
        {
            text.Append(" Nettsted: ").Append(site.AbsoluteUri);
        }

        text.Append("\n\n");
        text.Append("Rundesteg: ").Append(StatusHeadings.RoundSteps(progress.Totals)).Append('\n');
        text.Append("Samtaler:  ").Append(StatusHeadings.Conversations(progress.Totals)).Append('\n');
        text.Append("Skjema:    ").Append(StatusHeadings.Forms(progress.Totals)).Append("\n\n");

        var steps = new TextTable("Steg", "Aktivitet", "Ansvarlig", "Frist", "Status");
        foreach (var phase in progress.Steps.GroupBy(s => s.Phase))
        {
            steps.AddSection(PlanHeadings.Phase(phase.Key));
            foreach (var step in phase)
            {
                steps.Add(step.Step.Id.ToString(), step.Step.Activity, step.Step.Responsible, StatusHeadings.Deadline(step.Deadline, progress), StatusHeadings.State(step));
            }
        }

        text.Append(steps).Append('\n');
        var groups = progress.Groups(by);
        if (groups.Count == 0)
        {
            text.Append(StatusHeadings.NobodyLate).Append('\n');
            return text.ToString();
        }

        text.Append(StatusHeadings.LateHeading(progress, by, groups)).Append('\n');
        var late = new TextTable("Steg", "Hva", "Ansvarlig", "Samtale", "Frist", "For sent");
        foreach (var group in groups)
        {
            late.AddSection(StatusHeadings.GroupTitle(group));
            foreach (var item in group.Items)
            {
                late.Add(item.Step.ToString(), StatusHeadings.What(item), StatusHeadings.Responsible(item), StatusHeadings.Conversation(item),
                    StatusHeadings.Deadline(item.Deadline, progress), StatusHeadings.DaysLate(item));
            }
        }

        text.Append(late);
        return text.ToString();
    }
}
