namespace PnpSamtale.Core.Calendar;

/// <summary>
/// Norwegian business days ("virkedager"): Monday–Friday (optionally Saturday) that are neither statutory
/// holidays nor extra closed dates. Immutable and safe to share.
/// </summary>
public sealed class BusinessCalendar
{
    /// <summary>Creates a calendar with the given counting options.</summary>
    public BusinessCalendar(CalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The default calendar: Monday–Friday minus holidays, rolling deadlines forward.</summary>
    public static BusinessCalendar Default { get; } = new(CalendarOptions.Default);

    /// <summary>The counting options.</summary>
    public CalendarOptions Options { get; }

    /// <summary>Whether <paramref name="date"/> counts as a business day.</summary>
    public bool IsBusinessDay(DateOnly date)
    {
        var counted = date.DayOfWeek switch
        {
            DayOfWeek.Sunday => false,
            DayOfWeek.Saturday => Options.CountSaturdays,
            _ => true,
        };
        return counted && !NorwegianHolidays.IsHoliday(date) && !Options.ClosedDates.Contains(date);
    }

    /// <summary>
    /// The date <paramref name="businessDays"/> counted days after (positive) or before (negative)
    /// <paramref name="date"/>; the start date itself is never counted. Zero returns the date unchanged.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int businessDays)
    {
        var step = Math.Sign(businessDays);
        var remaining = Math.Abs(businessDays);
        var current = date;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsBusinessDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>The first business day on or after <paramref name="date"/>.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        var current = date;
        while (!IsBusinessDay(current))
        {
            current = current.AddDays(1);
        }

        return current;
    }

    /// <summary>The last business day on or before <paramref name="date"/>.</summary>
    public DateOnly OnOrBefore(DateOnly date)
    {
        var current = date;
        while (!IsBusinessDay(current))
        {
            current = current.AddDays(-1);
        }

        return current;
    }

    /// <summary>
    /// Moves a deadline that falls on a non-counted day to the next counted day, or to the previous one when
    /// <see cref="CalendarOptions.RollForward"/> is off.
    /// </summary>
    public DateOnly RollDeadline(DateOnly date) => Options.RollForward ? OnOrAfter(date) : OnOrBefore(date);

    /// <summary>
    /// The number of business days from <paramref name="from"/> to <paramref name="to"/>: days after
    /// <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is
    /// earlier.
    /// </summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -BusinessDaysBetween(to, from);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsBusinessDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
