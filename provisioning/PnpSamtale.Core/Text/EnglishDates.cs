using System.Globalization;

namespace PnpSamtale.Core.Text;

/// <summary>
/// English date texts for mail to English-speaking people, written out by hand: the product runs in
/// globalization-invariant mode, which has no en-GB culture data.
/// </summary>
public static class EnglishDates
{
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A short date with the year, e.g. "Fri 20 Nov 2026".</summary>
    public static string ShortDateWithYear(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Days[(int)date.DayOfWeek]} {date.Day} {Months[date.Month - 1]} {date.Year}");
}
