namespace PnpSamtale.Core.Output.Charts;

/// <summary>
/// The chart as a page to print: the SVG inline, on A4 landscape, self-contained (no scripts, fonts or links), with
/// the title as the page's title and the steps' dates in a table under the chart for screen readers and copying.
/// </summary>
public static class GanttHtml
{
    private const string Style = """
        <style>
        @page { size: A4 landscape; margin: 9mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1b1f24; background: #ffffff; }
        main { max-width: 277mm; margin: 0 auto; }
        svg { display: block; width: 100%; height: auto; max-height: 190mm; }
        table { border-collapse: collapse; font-size: 9pt; margin-top: 6mm; }
        th, td { text-align: left; padding: 1px 8px 1px 0; }
        @media print { .dates { display: none; } }
        @media screen { main { margin: 16px auto; } }
        </style>
        """;

    /// <summary>Renders the page.</summary>
    public static string Render(GanttChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var html = new System.Text.StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(SvgText.Escape(chart.Title)).Append("</title>\n").Append(Style).Append('\n');
        html.Append("</head>\n<body>\n<main>\n").Append(GanttSvg.Render(chart));
        html.Append("<table class=\"dates\">\n<caption>Datoene i planen</caption>\n<tr><th>Steg</th><th>Aktivitet</th><th>Ansvarlig</th><th>Tidligst</th><th>Senest</th><th>Status</th></tr>\n");
        foreach (var row in chart.Rows)
        {
            html.Append("<tr><td>").Append(row.Step).Append("</td><td>").Append(SvgText.Escape(GanttLayout.Label(row)))
                .Append("</td><td>").Append(SvgText.Escape(row.Responsible))
                .Append("</td><td>").Append(row.Earliest is { } e ? Text.NorwegianDates.ShortDateWithYear(e) : "–")
                .Append("</td><td>").Append(row.Latest is { } l ? Text.NorwegianDates.ShortDateWithYear(l) : "–")
                .Append("</td><td>").Append(GanttStates.Title(row.State)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
