namespace PnpSamtale.Core.Calendar;

/// <summary>
/// Norwegian local time, computed in code: the routine's days are Oslo days wherever the job runs (Linux hosting
/// plans ignore <c>WEBSITE_TIME_ZONE</c>, and SharePoint stores date-times in UTC).
/// </summary>
public static class OsloTime
{
    /// <summary>The Europe/Oslo time zone.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>The instant as Oslo wall-clock time, with its offset (+01:00 or +02:00).</summary>
    public static DateTimeOffset ToOslo(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Oslo calendar day of an instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToOslo(instant).DateTime);
}
