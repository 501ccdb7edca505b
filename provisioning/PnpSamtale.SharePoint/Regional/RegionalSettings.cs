using System.Globalization;

namespace PnpSamtale.SharePoint.Regional;

/// <summary>
/// A site's regional settings, as <c>GET {site}/_api/web/RegionalSettings</c> answers them: how the site's forms want
/// dates, times and numbers typed, and its time zone. <c>AddValidateUpdateItemUsingPath</c> and
/// <c>ValidateUpdateListItem</c> parse <c>formValues</c> in these settings (an ISO date is refused on a Dutch site), so
/// every value the client writes is formatted here, as PnP Core does; and a date-only column comes back as the UTC
/// instant of local midnight, so a day is read back in the site's zone (<see cref="Day"/>).
/// </summary>
/// <param name="LocaleId">The locale (1044 nb-NO, 1033 en-US …).</param>
/// <param name="DateOrder">SharePoint's <c>DateFormat</c>: 0 month-day-year, 1 day-month-year, 2 year-month-day.</param>
/// <param name="DateSeparator">Between the parts of a date.</param>
/// <param name="DecimalSeparator">Before a number's decimals.</param>
/// <param name="Time24">Whether times are written 24-hour; else with <paramref name="AM"/>/<paramref name="PM"/>.</param>
/// <param name="TimeSeparator">Between hours and minutes.</param>
/// <param name="AM">The morning marker.</param>
/// <param name="PM">The afternoon marker.</param>
/// <param name="TimeZone">The site's time zone.</param>
public sealed record RegionalSettings(
    int LocaleId, int DateOrder, string DateSeparator, string DecimalSeparator, bool Time24, string TimeSeparator, string AM, string PM, SiteTimeZone TimeZone)
{
    /// <summary>A date as the site's forms take it, e.g. <c>9.11.2026</c> (1044) or <c>11/9/2026</c> (1033).</summary>
    public string FormatDate(DateOnly date)
    {
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month.ToString(CultureInfo.InvariantCulture);
        var year = date.Year.ToString("0000", CultureInfo.InvariantCulture);
        return DateOrder switch
        {
            0 => month + DateSeparator + day + DateSeparator + year,
            1 => day + DateSeparator + month + DateSeparator + year,
            _ => year + DateSeparator + month + DateSeparator + day,
        };
    }

    /// <summary>An instant as the site's forms take it: its wall-clock time in the site's zone, e.g. <c>9.11.2026 14:30</c>.</summary>
    public string FormatDateTime(DateTimeOffset instant)
    {
        var local = TimeZone.ToLocal(instant);
        var time = Time24
            ? local.Hour.ToString("00", CultureInfo.InvariantCulture) + TimeSeparator + local.Minute.ToString("00", CultureInfo.InvariantCulture)
            : (local.Hour % 12 == 0 ? 12 : local.Hour % 12).ToString(CultureInfo.InvariantCulture) + TimeSeparator
              + local.Minute.ToString("00", CultureInfo.InvariantCulture) + " " + (local.Hour < 12 ? AM : PM);
        return FormatDate(DateOnly.FromDateTime(local)) + " " + time;
    }

    /// <summary>A number with the site's decimal separator and no grouping, e.g. <c>2,5</c> (1044).</summary>
    public string FormatNumber(double value) =>
        value.ToString("0.###############", CultureInfo.InvariantCulture).Replace(".", DecimalSeparator, StringComparison.Ordinal);

    /// <summary>The calendar day of an instant in the site's zone: how a date-only column's value is read back.</summary>
    public DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZone.ToLocal(instant));
}
