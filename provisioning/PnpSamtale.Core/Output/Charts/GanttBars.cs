using PnpSamtale.Core.Text;

namespace PnpSamtale.Core.Output.Charts;

/// <summary>The bar of one step: a window, a single day (a diamond), an open end, or no dates at all.</summary>
internal static class GanttBars
{
    private const double BarHeight = 10;

    public static void Bar(SvgText svg, GanttLayout layout, GanttRow row, double y)
    {
        var top = y + ((GanttLayout.RowHeight - BarHeight) / 2);
        var css = "bar " + GanttStates.BarCss(row.State) + (row.Optional ? " optional" : string.Empty);
        var tooltip = $"{row.Step} {row.Activity}: {row.Note}";
        switch (row.Earliest, row.Latest)
        {
            case ({ } day, { } last) when day == last:
                Day(svg, layout, day, top, css, tooltip);
                break;
            case ({ } first, { } last):
                Window(svg, layout, first, last, top, css, tooltip);
                break;
            case ({ } first, null):
                OpenEnded(svg, layout, layout.X(first), layout.AxisRight, top, css, tooltip, "frist ikke kjent ennå", rightLabel: true);
                break;
            case (null, { } last):
                OpenEnded(svg, layout, layout.AxisLeft, layout.X(last.AddDays(1)), top, css, tooltip, "start ikke kjent", rightLabel: false);
                break;
            default:
                // No dates yet: the routine's own words say when they come ("Frist satt i 2.3").
                svg.Text(layout.AxisLeft + 6, y + 12.5, string.IsNullOrWhiteSpace(row.When) ? "ikke kjent ennå" : row.When, "muted");
                break;
        }
    }

    /// <summary>A diamond around (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static IEnumerable<(double X, double Y)> Diamond(double x, double y, double size) =>
        [(x, y - size), (x + size, y), (x, y + size), (x - size, y)];

    private static void Day(SvgText svg, GanttLayout layout, DateOnly day, double top, string css, string tooltip)
    {
        if (day < layout.Chart.From || day > layout.Chart.To)
        {
            Beyond(svg, layout, day, day, top);
            return;
        }

        var x = layout.X(day) + (layout.DayWidth / 2);
        svg.Polygon(Diamond(x, top + (BarHeight / 2), 6), css, tooltip);
        svg.Text(x + 9, top + 9, NorwegianDates.DayMonth(day), "date");
    }

    private static void Window(SvgText svg, GanttLayout layout, DateOnly first, DateOnly last, double top, string css, string tooltip)
    {
        if (first > layout.Chart.To || last < layout.Chart.From)
        {
            Beyond(svg, layout, first, last, top);
            return;
        }

        var x1 = Math.Max(layout.AxisLeft, layout.X(first));
        var x2 = Math.Min(layout.AxisRight, layout.X(last.AddDays(1)));
        svg.Rect(x1, top, x2 - x1, BarHeight, css, tooltip);
        if (last > layout.Chart.To)
        {
            // Runs off the axis (a term that ends months later): an arrow, and the real end in words.
            svg.Polygon([(x2 - 7, top - 2), (x2 - 7, top + BarHeight + 2), (x2, top + (BarHeight / 2))], "arrow");
            svg.Text(x1 - 4, top + 9, "til " + NorwegianDates.DayMonth(last) + " " + last.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " →", "date", "end");
        }
        else
        {
            svg.Text(x2 + 3, top + 9, NorwegianDates.DayMonth(last), "date");
        }
    }

    private static void OpenEnded(SvgText svg, GanttLayout layout, double x1, double x2, double top, string css, string tooltip, string note, bool rightLabel)
    {
        svg.Rect(x1, top, x2 - x1, BarHeight, css + " unknown", tooltip);
        svg.Text(rightLabel ? x1 + 4 : x2 - 4, top + 8.5, note, "date", rightLabel ? "start" : "end");
    }

    private static void Beyond(SvgText svg, GanttLayout layout, DateOnly first, DateOnly last, double top)
    {
        var text = first == last ? NorwegianDates.ShortDateWithYear(first) : $"{NorwegianDates.ShortDateWithYear(first)}–{NorwegianDates.ShortDateWithYear(last)}";
        svg.Text(first > layout.Chart.To ? layout.AxisRight - 4 : layout.AxisLeft + 4, top + 9, text + (first > layout.Chart.To ? " →" : string.Empty), "date", first > layout.Chart.To ? "end" : "start");
    }
}
