namespace PnpSamtale.Core.Calendar;

/// <summary>How business days are counted.</summary>
public sealed record CalendarOptions
{
    /// <summary>The default: Monday–Friday minus holidays, deadlines on a non-counted day move forward.</summary>
    public static CalendarOptions Default { get; } = new();

    /// <summary>
    /// Count Saturdays as business days (the sense of "virkedager" in ferieloven). Default <c>false</c>.
    /// </summary>
    public bool CountSaturdays { get; init; }

    /// <summary>Extra dates that are not counted, e.g. 24 and 31 December or an office's summer closure.</summary>
    public IReadOnlySet<DateOnly> ClosedDates { get; init; } = new HashSet<DateOnly>();

    /// <summary>
    /// Whether a deadline that falls on a non-counted day moves forward to the next counted day (<c>true</c>, the
    /// default) or back to the previous one.
    /// </summary>
    public bool RollForward { get; init; } = true;
}
