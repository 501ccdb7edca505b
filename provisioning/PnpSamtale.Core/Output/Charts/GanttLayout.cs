namespace PnpSamtale.Core.Output.Charts;

/// <summary>
/// The geometry of the chart, in SVG user units on a page of <see cref="Width"/> (A4 landscape at 96 dpi less the
/// margins): the label columns, where each day lies on the time axis, and where each row goes. Text widths are
/// estimated from character counts, generously, since the fonts are the reader's own.
/// </summary>
internal sealed class GanttLayout
{
    public const double Width = 1040;
    public const double Margin = 12;
    public const double TitleHeight = 62;
    public const double AxisHeight = 44;
    public const double HeaderHeight = 18;
    public const double PhaseHeight = 21;
    public const double RowHeight = 18;
    public const double LegendHeight = 44;

    /// <summary>Average advance of a character at the labels' 10.5px, for the wider of the usual sans-serif fonts.</summary>
    public const double CharWidth = 5.7;

    private const double StepWidth = 34;
    private const double StatusWidth = 96;

    public GanttLayout(GanttChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Chart = chart;
        var longest = chart.Rows.Select(r => Label(r).Length).DefaultIfEmpty(10).Max();
        ActivityWidth = Math.Clamp((longest * CharWidth) + 12, 160, 360);
        ResponsibleWidth = Math.Clamp((chart.Rows.Select(r => r.Responsible.Length).DefaultIfEmpty(8).Max() * CharWidth) + 12, 70, 140);
        StepX = Margin;
        ActivityX = StepX + StepWidth;
        ResponsibleX = ActivityX + ActivityWidth;
        StatusX = ResponsibleX + ResponsibleWidth;
        AxisLeft = StatusX + StatusWidth;
        AxisRight = Width - Margin;
        Days = chart.To.DayNumber - chart.From.DayNumber + 1;
        DayWidth = (AxisRight - AxisLeft) / Days;
        RowsTop = TitleHeight + AxisHeight + HeaderHeight;
        RowsBottom = RowsTop + (chart.Phases.Count * PhaseHeight) + (chart.Rows.Count() * RowHeight);
        Height = RowsBottom + LegendHeight + Margin;
    }

    public GanttChart Chart { get; }

    public double ActivityWidth { get; }

    public double ResponsibleWidth { get; }

    public double StepX { get; }

    public double ActivityX { get; }

    public double ResponsibleX { get; }

    public double StatusX { get; }

    public double AxisLeft { get; }

    public double AxisRight { get; }

    public int Days { get; }

    public double DayWidth { get; }

    public double RowsTop { get; }

    public double RowsBottom { get; }

    public double Height { get; }

    /// <summary>The activity as the label column shows it (optional steps say so).</summary>
    public static string Label(GanttRow row) => row.Activity + (row.Optional ? " (ved behov)" : string.Empty);

    /// <summary>The left edge of <paramref name="day"/> on the axis (outside it when the day is).</summary>
    public double X(DateOnly day) => AxisLeft + ((day.DayNumber - Chart.From.DayNumber) * DayWidth);

    /// <summary>Text cut to fit <paramref name="width"/>, with an ellipsis when cut.</summary>
    public static string Fit(string text, double width)
    {
        var room = (int)Math.Floor(width / CharWidth);
        return text.Length <= room ? text : text[..Math.Max(1, room - 1)].TrimEnd() + "…";
    }
}
