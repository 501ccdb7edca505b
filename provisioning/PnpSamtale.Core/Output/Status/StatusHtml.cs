using System.Text;
using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Progress;

namespace PnpSamtale.Core.Output.Status;

/// <summary>
/// The status report as one page for the OU leader: the round as a Gantt chart of the step windows with each step's
/// state and today's line, the round in numbers, and who is behind with what. Self-contained (inline SVG and CSS; no
/// scripts, fonts, images or links); the chart fills the first A4 landscape sheet when printed, the late list follows.
/// The same report gives the same bytes.
/// </summary>
public static class StatusHtml
{
    // The chart's SVG brings its own classes (date, late, done, …) into the page; the page's own have other names.
    private const string Style = """
        <style>
        @page { size: A4 landscape; margin: 9mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1b1f24; background: #ffffff; font-size: 10pt; }
        main { max-width: 277mm; margin: 0 auto; }
        svg { display: block; width: 100%; height: auto; max-height: 190mm; }
        h2 { font-size: 13pt; margin: 5mm 0 2mm; } h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
        .numbers { display: flex; gap: 10mm; margin: 3mm 0; } .numbers p { margin: 0; } .numbers b { display: block; font-size: 9pt; color: #3d4650; }
        table { border-collapse: collapse; font-size: 9pt; width: 100%; table-layout: fixed; }
        th, td { text-align: left; padding: 2px 8px 2px 0; vertical-align: top; border-bottom: 1px solid #e3e7eb; }
        th { color: #3d4650; } td.days-late { color: #b3261e; font-weight: bold; white-space: nowrap; } td.deadline { white-space: nowrap; }
        .none { color: #1e6b34; font-weight: bold; }
        @media print { .late-list { break-before: page; } h3, tr { break-inside: avoid; } }
        @media screen { main { margin: 16px auto; } }
        </style>
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="progress">Who is behind.</param>
    /// <param name="by">How the late list is grouped.</param>
    public static string Render(RoundProgress progress, LateGrouping by)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(E(StatusHeadings.Title(progress))).Append("</title>\n").Append(Style).Append('\n');
        html.Append("</head>\n<body>\n<main>\n").Append(GanttSvg.Render(StatusChart.Of(progress)));
        var totals = progress.Totals;
        html.Append("<section class=\"numbers\">\n");
        html.Append("<p><b>Rundesteg</b>").Append(E(StatusHeadings.RoundSteps(totals))).Append("</p>\n");
        html.Append("<p><b>Samtaler</b>").Append(E(StatusHeadings.Conversations(totals))).Append("</p>\n");
        html.Append("<p><b>Skjema</b>").Append(E(StatusHeadings.Forms(totals))).Append("</p>\n");
        html.Append("</section>\n");

        var groups = progress.Groups(by);
        html.Append("<section class=\"late-list\">\n");
        if (groups.Count == 0)
        {
            html.Append("<h2 class=\"none\">").Append(StatusHeadings.NobodyLate).Append("</h2>\n");
        }
        else
        {
            html.Append("<h2>").Append(E(StatusHeadings.LateHeading(progress, by, groups))).Append("</h2>\n");
            foreach (var group in groups)
            {
                Group(html, progress, group);
            }
        }

        html.Append("</section>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Group(StringBuilder html, RoundProgress progress, LateGroup group)
    {
        html.Append("<h3>").Append(E(StatusHeadings.GroupTitle(group))).Append("</h3>\n<table>\n");
        html.Append("<colgroup><col style=\"width: 5%\"/><col style=\"width: 29%\"/><col style=\"width: 19%\"/><col style=\"width: 28%\"/><col style=\"width: 10%\"/><col style=\"width: 9%\"/></colgroup>\n");
        html.Append("<tr><th>Steg</th><th>Hva</th><th>Ansvarlig</th><th>Samtale</th><th>Frist</th><th>For sent</th></tr>\n");
        foreach (var item in group.Items)
        {
            html.Append("<tr><td>").Append(item.Step).Append("</td><td>").Append(E(StatusHeadings.What(item)))
                .Append("</td><td>").Append(E(StatusHeadings.Responsible(item)))
                .Append("</td><td>").Append(E(StatusHeadings.Conversation(item)))
                .Append("</td><td class=\"deadline\">").Append(E(StatusHeadings.Deadline(item.Deadline, progress)))
                .Append("</td><td class=\"days-late\">").Append(E(StatusHeadings.DaysLate(item))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string text) => SvgText.Escape(text);
}
