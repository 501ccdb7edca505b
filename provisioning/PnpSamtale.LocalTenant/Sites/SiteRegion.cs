using System.Globalization;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary>
/// A site's regional settings as the local tenant keeps them: its locale (<c>Lcid</c>, fixed at creation) and its time
/// zone (SharePoint's own zone ids, from <c>SPSiteManager/create</c>'s <c>TimeZoneId</c>, else the tenant's default).
/// <c>formValues</c> are parsed in these settings, as SharePoint does — dates and numbers in the site's format, date and
/// time in the site's zone — and a date-only column holds local midnight. Locales 1044 (nb-NO) and 1033 (en-US) and
/// zones 4 (W. Europe: Oslo's rules) and 13 (Pacific) are known; a site asks for no other.
/// </summary>
internal sealed record SiteRegion(SiteLocale Locale, SiteZone Zone)
{
    /// <summary>The settings of a site.</summary>
    public static SiteRegion Of(SiteRecord site) => new(SiteLocale.Of(site.Lcid), SiteZone.Of(site.TimeZoneId));

    /// <summary>Parses a date or a date and time typed in the site's format, as the UTC instant it stands for.</summary>
    /// <param name="text">The value, e.g. <c>9.11.2026</c> or <c>9.11.2026 14:30</c> on a 1044 site.</param>
    /// <param name="dateOnly">Whether the column holds a date only: then the time is local midnight.</param>
    public DateTimeOffset? ParseDate(string text, bool dateOnly)
    {
        var local = Locale.ParseDateTime(text.Trim());
        if (local is null)
        {
            return null;
        }

        var wallClock = dateOnly ? local.Value.Date : local.Value;
        return Zone.ToUtc(wallClock);
    }

    /// <summary>The answer of <c>GET {site}/_api/web/RegionalSettings</c> (the time zone only when expanded).</summary>
    public JsonObject ToJson(bool withTimeZone)
    {
        var json = Locale.ToJson();
        if (withTimeZone)
        {
            json["TimeZone"] = Zone.ToJson();
        }

        return json;
    }
}

/// <summary>The locale of a site: how people type dates, times and numbers in it.</summary>
/// <param name="Lcid">The locale id.</param>
/// <param name="DateOrder">SharePoint's <c>DateFormat</c>: 0 month-day-year, 1 day-month-year.</param>
/// <param name="DateSeparator">Between the parts of a date.</param>
/// <param name="DecimalSeparator">Before the decimals of a number.</param>
/// <param name="Time24">Whether times are 24-hour (else with AM/PM).</param>
internal sealed record SiteLocale(int Lcid, int DateOrder, string DateSeparator, string DecimalSeparator, bool Time24)
{
    /// <summary>Norwegian (bokmål): <c>9.11.2026</c>, <c>14:30</c>, <c>2,5</c>.</summary>
    public static SiteLocale Norwegian { get; } = new(1044, 1, ".", ",", true);

    /// <summary>English (United States): <c>11/9/2026</c>, <c>2:30 PM</c>, <c>2.5</c>.</summary>
    public static SiteLocale English { get; } = new(1033, 0, "/", ".", false);

    /// <summary>Whether the local tenant knows the locale.</summary>
    public static bool IsKnown(int lcid) => lcid is 1044 or 1033;

    /// <summary>The locale of an id the local tenant knows.</summary>
    public static SiteLocale Of(int lcid) => lcid switch
    {
        1044 => Norwegian,
        1033 => English,
        _ => throw new ArgumentOutOfRangeException(nameof(lcid), lcid, "The local tenant knows the locales 1044 and 1033."),
    };

    /// <summary>What SharePoint answers for a date that does not parse: an example in the site's format.</summary>
    public string DateError(bool dateOnly) =>
        dateOnly ? $"Enter a date like this: {Example(false)}" : $"Enter a date and time like this: {Example(true)}";

    /// <summary>A number typed in the site's format, or null.</summary>
    public double? ParseNumber(string text)
    {
        var trimmed = text.Trim();
        var other = DecimalSeparator == "," ? "." : ",";
        if (trimmed.Contains(other, StringComparison.Ordinal))
        {
            return null;
        }

        return double.TryParse(trimmed.Replace(DecimalSeparator, ".", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>A date, or a date and time, typed in the site's format (day and month with or without a leading zero).</summary>
    public DateTime? ParseDateTime(string text) =>
        DateTime.TryParseExact(text, Formats(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    /// <summary>The <c>RegionalSettings</c> properties of the locale.</summary>
    public JsonObject ToJson() => new()
    {
        ["AM"] = "AM",
        ["DateFormat"] = DateOrder,
        ["DateSeparator"] = DateSeparator,
        ["DecimalSeparator"] = DecimalSeparator,
        ["FirstDayOfWeek"] = Lcid == 1044 ? 1 : 0,
        ["ListSeparator"] = Lcid == 1044 ? ";" : ",",
        ["LocaleId"] = Lcid,
        ["NegativeSign"] = "-",
        ["PM"] = "PM",
        ["ThousandSeparator"] = Lcid == 1044 ? "\u00a0" : ",",
        ["Time24"] = Time24,
        ["TimeSeparator"] = ":",
    };

    private string[] Formats()
    {
        var sep = DateSeparator;
        string[] dates = DateOrder == 1
            ? [$"d{sep}M{sep}yyyy", $"dd{sep}MM{sep}yyyy"]
            : [$"M{sep}d{sep}yyyy", $"MM{sep}dd{sep}yyyy"];
        string[] times = Time24 ? ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"] : ["h:mm tt", "hh:mm tt", "h:mm:ss tt"];
        return [.. dates, .. dates.SelectMany(d => times.Select(t => d + " " + t))];
    }

    private string Example(bool withTime)
    {
        var sample = new DateTime(2012, 2, 23, 14, 25, 0, DateTimeKind.Unspecified);
        var date = DateOrder == 1
            ? sample.ToString($"d'{DateSeparator}'M'{DateSeparator}'yyyy", CultureInfo.InvariantCulture)
            : sample.ToString($"M'{DateSeparator}'d'{DateSeparator}'yyyy", CultureInfo.InvariantCulture);
        return withTime ? date + " " + sample.ToString(Time24 ? "H:mm" : "h:mm tt", CultureInfo.InvariantCulture) : date;
    }
}

/// <summary>A SharePoint time zone: its id, description and the rules it follows.</summary>
/// <param name="Id">SharePoint's zone id (<c>SPTimeZone.Id</c>).</param>
/// <param name="Description">As SharePoint names it.</param>
/// <param name="Rules">The system zone with the same rules.</param>
internal sealed record SiteZone(int Id, string Description, TimeZoneInfo Rules)
{
    private static readonly Dictionary<int, SiteZone> Known = new()
    {
        [4] = new(4, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")),
        [13] = new(13, "(UTC-08:00) Pacific Time (US and Canada)", TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")),
    };

    /// <summary>Whether the local tenant knows the zone.</summary>
    public static bool IsKnown(int id) => Known.ContainsKey(id);

    /// <summary>A zone the local tenant knows.</summary>
    public static SiteZone Of(int id) =>
        Known.TryGetValue(id, out var zone) ? zone : throw new ArgumentOutOfRangeException(nameof(id), id, "The local tenant knows the time zones 4 and 13.");

    /// <summary>The UTC instant of a wall-clock time in the zone.</summary>
    public DateTimeOffset ToUtc(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Rules.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary><c>{"Description","Id","Information":{"Bias","DaylightBias","StandardBias"}}</c>: minutes to add to local time for UTC.</summary>
    public JsonObject ToJson() => new()
    {
        ["Description"] = Description,
        ["Id"] = Id,
        ["Information"] = new JsonObject
        {
            ["Bias"] = (int)-Rules.BaseUtcOffset.TotalMinutes,
            ["DaylightBias"] = Rules.SupportsDaylightSavingTime ? -60 : 0,
            ["StandardBias"] = 0,
        },
    };
}
