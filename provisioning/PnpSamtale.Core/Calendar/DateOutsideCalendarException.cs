namespace PnpSamtale.Core.Calendar;

/// <summary>A date outside the years the Norwegian calendar is defined for (1900–2200).</summary>
public sealed class DateOutsideCalendarException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception for <paramref name="year"/>.</summary>
    public DateOutsideCalendarException(int year)
        : base(nameof(year), year, $"The calendar covers {NorwegianHolidays.FirstYear}–{NorwegianHolidays.LastYear}; a date in {year} is outside it.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public DateOutsideCalendarException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DateOutsideCalendarException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public DateOutsideCalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
