using System.Globalization;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Output.Charts;

/// <summary>
/// Draws a <see cref="GanttChart"/> as one self-contained SVG for the wall: a bar per step from its earliest to its
/// latest day on a day axis with months, ISO weeks and shaded non-business days, phases as bands, each step's state in
/// words and colour, and a red line for today. Norwegian labels; no scripts, no external fonts or images; the same
/// chart gives the same bytes.
/// </summary>
public static class GanttSvg
{
    private const string Style = """
        <style>
        text { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; fill: #1b1f24; font-size: 10.5px; } .label { fill: #1b1f24; }
        .title { font-size: 19px; font-weight: bold; } .subtitle { font-size: 12px; fill: #3d4650; }
        .month { font-size: 11px; font-weight: bold; } .week { font-size: 9.5px; fill: #3d4650; } .date { font-size: 8.5px; fill: #5b6670; }
        .head { font-size: 9.5px; font-weight: bold; fill: #3d4650; } .phase-title { font-size: 11px; font-weight: bold; }
        .muted { fill: #5b6670; font-style: italic; } .status-late { fill: #b3261e; font-weight: bold; } .status-done { fill: #1e6b34; }
        .phase { fill: #dfe7ef; } .zebra { fill: #f5f8fb; } .closed { fill: #eceff2; } .frame { fill: none; stroke: #8a949e; stroke-width: 0.6; }
        .grid { stroke: #c5ccd3; stroke-width: 0.5; } .month-line { stroke: #8a949e; stroke-width: 0.8; }
        .today { stroke: #d62728; stroke-width: 1.6; } .today-text { fill: #d62728; font-weight: bold; font-size: 9.5px; }
        .bar { stroke-width: 1; } .planned { fill: #9ecae1; stroke: #2f6f9f; } .open { fill: #fdd49e; stroke: #c2560b; }
        .done { fill: #a1d99b; stroke: #2b7a3d; } .late { fill: #f4a09a; stroke: #b3261e; stroke-width: 1.6; }
        .unknown { fill: none; stroke: #7d868f; stroke-dasharray: 3 2; } .optional { fill-opacity: 0.55; stroke-dasharray: 4 2; }
        .arrow { fill: #1b1f24; }
        </style>
        """;

    /// <summary>Renders the chart.</summary>
    public static string Render(GanttChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var layout = new GanttLayout(chart);
        var svg = new SvgText();
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {SvgText.N(GanttLayout.Width)} {SvgText.N(layout.Height)}\" width=\"{SvgText.N(GanttLayout.Width)}\" height=\"{SvgText.N(layout.Height)}\" role=\"img\" aria-labelledby=\"chart-title\">");
        svg.Raw($"<title id=\"chart-title\">{SvgText.Escape(chart.Title)}</title>");
        svg.Raw(Style);
        svg.Text(GanttLayout.Margin, 28, chart.Title, "title");
        svg.Text(GanttLayout.Margin, 48, chart.Subtitle, "subtitle");
        Axis(svg, layout);
        Rows(svg, layout);
        Today(svg, layout);
        Legend(svg, layout);
        svg.Raw("</svg>");
        return svg.ToString();
    }

    private static void Axis(SvgText svg, GanttLayout layout)
    {
        var chart = layout.Chart;
        var top = GanttLayout.TitleHeight;
        foreach (var day in chart.ClosedDays)
        {
            svg.Rect(layout.X(day), top + 16, layout.DayWidth, layout.RowsBottom - top - 16, "closed");
        }

        for (var month = new DateOnly(chart.From.Year, chart.From.Month, 1); month <= chart.To; month = month.AddMonths(1))
        {
            var start = month < chart.From ? chart.From : month;
            var end = month.AddMonths(1).AddDays(-1) > chart.To ? chart.To : month.AddMonths(1).AddDays(-1);
            var width = layout.X(end.AddDays(1)) - layout.X(start);
            var name = NorwegianDates.MonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture);
            svg.Line(layout.X(start), top, layout.X(start), layout.RowsBottom, "month-line");
            if (width >= name.Length * GanttLayout.CharWidth)
            {
                svg.Text(layout.X(start) + (width / 2), top + 11, name, "month", "middle");
            }
        }

        // A tick per ISO week (Monday), labelled when there is room: "uke 45" over "2. nov.".
        var every = layout.DayWidth * 7 >= 44 ? 1 : layout.DayWidth * 7 >= 22 ? 2 : 4;
        var monday = chart.From.AddDays(((int)DayOfWeek.Monday - (int)chart.From.DayOfWeek + 7) % 7);
        for (var (day, i) = (monday, 0); day <= chart.To; day = day.AddDays(7), i++)
        {
            svg.Line(layout.X(day), top + 16, layout.X(day), layout.RowsBottom, "grid");
            if (i % every == 0)
            {
                svg.Text(layout.X(day) + 2, top + 27, "uke " + ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture), "week");
                svg.Text(layout.X(day) + 2, top + 38, NorwegianDates.DayMonth(day), "date");
            }
        }

        var head = layout.RowsTop - 5;
        svg.Text(layout.StepX, head, "Steg", "head").Text(layout.ActivityX, head, "Aktivitet", "head")
            .Text(layout.ResponsibleX, head, "Ansvarlig", "head").Text(layout.StatusX, head, "Status", "head");
        svg.Rect(layout.AxisLeft, top + 16, layout.AxisRight - layout.AxisLeft, layout.RowsBottom - top - 16, "frame");
    }

    private static void Rows(SvgText svg, GanttLayout layout)
    {
        var y = layout.RowsTop;
        var zebra = false;
        foreach (var phase in layout.Chart.Phases)
        {
            svg.Rect(GanttLayout.Margin, y, GanttLayout.Width - (2 * GanttLayout.Margin), GanttLayout.PhaseHeight, "phase");
            svg.Text(layout.StepX + 2, y + 14.5, phase.Title, "phase-title");
            y += GanttLayout.PhaseHeight;
            foreach (var row in phase.Rows)
            {
                if (zebra)
                {
                    svg.Rect(GanttLayout.Margin, y, layout.AxisLeft - GanttLayout.Margin, GanttLayout.RowHeight, "zebra");
                }

                zebra = !zebra;
                Row(svg, layout, row, y);
                y += GanttLayout.RowHeight;
            }
        }
    }

    private static void Row(SvgText svg, GanttLayout layout, GanttRow row, double y)
    {
        var baseline = y + 12.5;
        svg.Text(layout.StepX + 2, baseline, row.Step.ToString(), "label");
        svg.Text(layout.ActivityX, baseline, GanttLayout.Fit(GanttLayout.Label(row), layout.ActivityWidth - 8), "label");
        svg.Text(layout.ResponsibleX, baseline, GanttLayout.Fit(row.Responsible, layout.ResponsibleWidth - 6), "label");
        svg.Text(layout.StatusX, baseline, GanttStates.Title(row.State), GanttStates.StatusCss(row.State));
        GanttBars.Bar(svg, layout, row, y);
    }

    private static void Today(SvgText svg, GanttLayout layout)
    {
        if (layout.Chart.Today is not { } today)
        {
            return;
        }

        // Labelled above the month names, so it never covers them.
        var x = layout.X(today) + (layout.DayWidth / 2);
        svg.Line(x, GanttLayout.TitleHeight + 2, x, layout.RowsBottom, "today");
        svg.Text(x, GanttLayout.TitleHeight - 1, "i dag " + NorwegianDates.DayMonth(today), "today-text", "middle");
    }

    private static void Legend(SvgText svg, GanttLayout layout)
    {
        var y = layout.RowsBottom + 18;
        var x = GanttLayout.Margin;
        foreach (var state in Enum.GetValues<StepState>())
        {
            svg.Rect(x, y - 9, 22, 10, "bar " + GanttStates.BarCss(state));
            svg.Text(x + 27, y, GanttStates.Title(state), "label");
            x += 40 + (GanttStates.Title(state).Length * GanttLayout.CharWidth);
        }

        svg.Polygon(GanttBars.Diamond(x + 6, y - 4, 6), "bar planned");
        svg.Text(x + 16, y, "én dag", "label");
        x += 70;
        svg.Rect(x, y - 9, 22, 10, "closed");
        svg.Text(x + 27, y, "helg og helligdag", "label");
        x += 140;
        svg.Line(x + 6, y - 11, x + 6, y + 2, "today");
        svg.Text(x + 14, y, "i dag", "label");
        svg.Text(GanttLayout.Margin, y + 20, "Vinduene er regnet i virkedager etter rutinens regler og norsk kalender; på skjerm viser hver stolpe utregningen når pekeren står over den.", "muted");
    }
}
