using System.Text;
using PnpSamtale.Core.Progress;

namespace PnpSamtale.Core.Output.Status;

/// <summary>The status report as Markdown for the OU's pages; every name and text from people or routines is escaped.</summary>
public static class StatusMarkdown
{
    /// <summary>Renders the report.</summary>
    /// <param name="progress">Who is behind.</param>
    /// <param name="by">How the late list is grouped.</param>
    /// <param name="site">The round site, named under the title when given.</param>
    public static string Render(RoundProgress progress, LateGrouping by, Uri? site = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var md = new StringBuilder();
        md.Append("# ").Append(Cell(StatusHeadings.Title(progress))).Append("\n\n");
        md.Append(Cell(StatusHeadings.AsOf(progress)));
        if (site is not null)
        {
            md.Append(" Nettsted: <").Append(site.AbsoluteUri).Append('>');
        }

        md.Append("\n\n");
        md.Append("- **Rundesteg:** ").Append(StatusHeadings.RoundSteps(progress.Totals)).Append('\n');
        md.Append("- **Samtaler:** ").Append(StatusHeadings.Conversations(progress.Totals)).Append('\n');
        md.Append("- **Skjema:** ").Append(StatusHeadings.Forms(progress.Totals)).Append("\n\n");

        md.Append("## Steg\n\n| Steg | Aktivitet | Ansvarlig | Frist | Status |\n|---|---|---|---|---|\n");
        foreach (var step in progress.Steps)
        {
            md.Append("| ").Append(step.Step.Id).Append(" | ").Append(Cell(step.Step.Activity)).Append(" | ").Append(Cell(step.Step.Responsible))
              .Append(" | ").Append(StatusHeadings.Deadline(step.Deadline, progress)).Append(" | ").Append(Cell(StatusHeadings.State(step))).Append(" |\n");
        }

        md.Append('\n');
        var groups = progress.Groups(by);
        if (groups.Count == 0)
        {
            md.Append("## ").Append(StatusHeadings.NobodyLate).Append('\n');
            return md.ToString();
        }

        md.Append("## ").Append(Cell(StatusHeadings.LateHeading(progress, by, groups))).Append("\n\n");
        foreach (var group in groups)
        {
            md.Append("### ").Append(Cell(StatusHeadings.GroupTitle(group))).Append("\n\n");
            md.Append("| Steg | Hva | Ansvarlig | Samtale | Frist | For sent |\n|---|---|---|---|---|---|\n");
            foreach (var item in group.Items)
            {
                md.Append("| ").Append(item.Step).Append(" | ").Append(Cell(StatusHeadings.What(item))).Append(" | ").Append(Cell(StatusHeadings.Responsible(item)))
                  .Append(" | ").Append(Cell(StatusHeadings.Conversation(item))).Append(" | ").Append(StatusHeadings.Deadline(item.Deadline, progress))
                  .Append(" | ").Append(StatusHeadings.DaysLate(item)).Append(" |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    /// <summary>Text from people and routines, escaped for Markdown on one line (a table cell, a heading, a list item).</summary>
    private static string Cell(string text) => MarkdownText.Escape(text);
}
