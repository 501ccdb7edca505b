using System.Globalization;

namespace PnpSamtale.Core.Text;

/// <summary>
/// Norwegian (bokmål) date texts, written out here rather than taken from ICU so that output is the same on every
/// machine, including invariant-globalization containers.
/// </summary>
public static class NorwegianDates
{
    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private static readonly string[] MonthAbbreviations =
        ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."];

    private static readonly string[] DayAbbreviations = ["søn.", "man.", "tir.", "ons.", "tor.", "fre.", "lør."];

    private static readonly string[] DayNames = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    /// <summary>The month's name, e.g. "november".</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>The weekday's name, e.g. "tirsdag".</summary>
    public static string DayName(DayOfWeek day) => DayNames[(int)day];

    /// <summary>A short date, e.g. "tir. 3. nov.".</summary>
    public static string ShortDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayAbbreviations[(int)date.DayOfWeek]} {date.Day}. {MonthAbbreviations[date.Month - 1]}");

    /// <summary>Day and month, e.g. "3. nov.".</summary>
    public static string DayMonth(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {MonthAbbreviations[date.Month - 1]}");

    /// <summary>A short date with the year, e.g. "tir. 3. nov. 2026".</summary>
    public static string ShortDateWithYear(DateOnly date) => $"{ShortDate(date)} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A long date, e.g. "tirsdag 3. november 2026".</summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayNames[(int)date.DayOfWeek]} {date.Day}. {Months[date.Month - 1]} {date.Year}");

    /// <summary>ISO 8601, e.g. "2026-11-03".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
