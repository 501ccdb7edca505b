namespace PnpSamtale.SharePoint.Regional;

/// <summary>
/// A SharePoint time zone (<c>SP.TimeZone</c>: SharePoint's own ids, not Windows or IANA names) with the system zone
/// that has its rules. The ids PnpSamtale knows: 4, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" —
/// Norway's rules, the zone round sites are created in — and 13, "(UTC-08:00) Pacific Time (US and Canada)", a common
/// tenant default.
/// </summary>
/// <param name="Id">SharePoint's zone id.</param>
/// <param name="Description">Its description.</param>
/// <param name="Rules">The system zone with the same rules.</param>
public sealed record SiteTimeZone(int Id, string Description, TimeZoneInfo Rules)
{
    /// <summary>Zone 4, the one for Norway (Oslo follows the same rules as Berlin).</summary>
    public const int Oslo = 4;

    private static readonly Dictionary<int, string> SystemZones = new()
    {
        [Oslo] = "Europe/Berlin",
        [13] = "America/Los_Angeles",
    };

    /// <summary>The zone with the id, or <c>null</c> when PnpSamtale does not know its rules.</summary>
    public static SiteTimeZone? Find(int id, string description) =>
        SystemZones.TryGetValue(id, out var system) ? new SiteTimeZone(id, description, TimeZoneInfo.FindSystemTimeZoneById(system)) : null;

    /// <summary>The wall-clock time in the zone of an instant.</summary>
    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Rules).DateTime;
}
