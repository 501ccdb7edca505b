using System.Collections.Concurrent;

namespace PnpSamtale.Core.Calendar;

/// <summary>
/// The Norwegian statutory holidays: the church holidays of helligdagsfredloven, computed from Easter, and the
/// public holidays 1 May and 17 May (statutory since 1947). Sundays are holidays by definition and are not listed
/// unless a named holiday falls on one (Easter Sunday, Whit Sunday).
/// </summary>
public static class NorwegianHolidays
{
    /// <summary>The first year the calendar is defined for.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year the calendar is defined for.</summary>
    public const int LastYear = 2200;

    /// <summary>The year 1 May and 17 May became statutory public holidays (lov 26. april 1947).</summary>
    public const int PublicHolidaysSince = 1947;

    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    /// <summary>The holidays of <paramref name="year"/> in date order; two holidays on one date are both listed.</summary>
    /// <exception cref="DateOutsideCalendarException">The year is outside 1900–2200.</exception>
    public static IReadOnlyList<Holiday> ForYear(int year) =>
        year is < FirstYear or > LastYear ? throw new DateOutsideCalendarException(year) : Cache.GetOrAdd(year, Compute);

    /// <summary>The holidays from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in date order.</summary>
    public static IReadOnlyList<Holiday> Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end date {to:yyyy-MM-dd} is before the start date {from:yyyy-MM-dd}.", nameof(to));
        }

        var result = new List<Holiday>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            result.AddRange(ForYear(year).Where(h => h.Date >= from && h.Date <= to));
        }

        return result;
    }

    /// <summary>Whether <paramref name="date"/> is a statutory holiday (Sundays not counted unless named).</summary>
    public static bool IsHoliday(DateOnly date) => ForYear(date.Year).Any(h => h.Date == date);

    /// <summary>
    /// Easter Sunday in the Gregorian calendar by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid
    /// for every Gregorian year.
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static List<Holiday> Compute(int year)
    {
        var easter = EasterSunday(year);
        var mayHolidays = year >= PublicHolidaysSince;
        var holidays = new List<Holiday?>
        {
            new(new DateOnly(year, 1, 1), "Første nyttårsdag"),
            new(easter.AddDays(-3), "Skjærtorsdag"),
            new(easter.AddDays(-2), "Langfredag"),
            new(easter, "Første påskedag"),
            new(easter.AddDays(1), "Andre påskedag"),
            mayHolidays ? new(new DateOnly(year, 5, 1), "Arbeidernes dag") : null,
            mayHolidays ? new(new DateOnly(year, 5, 17), "Grunnlovsdag") : null,
            new(easter.AddDays(39), "Kristi himmelfartsdag"),
            new(easter.AddDays(49), "Første pinsedag"),
            new(easter.AddDays(50), "Andre pinsedag"),
            new(new DateOnly(year, 12, 25), "Første juledag"),
            new(new DateOnly(year, 12, 26), "Andre juledag"),
        };

        // By date; on a shared date (1 May = Ascension Day in 2008) in the order listed above (OrderBy is stable).
        return [.. holidays.OfType<Holiday>().OrderBy(h => h.Date)];
    }
}
