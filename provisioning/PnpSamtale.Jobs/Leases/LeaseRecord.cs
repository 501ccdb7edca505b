using System.Globalization;
using PnpSamtale.Core.Calendar;

namespace PnpSamtale.Jobs.Leases;

/// <summary>
/// A round's lease as its item in <c>Runder</c> holds it: which run holds it, who that is (host kind and machine), since
/// when and until when. Pure: whether it may be taken at a moment, and the line a person reads about it.
/// </summary>
/// <param name="RunId">The run holding it.</param>
/// <param name="Holder">The host kind and machine, e.g. <c>samtale round start på byggserver-2</c>.</param>
/// <param name="Since">When it was taken.</param>
/// <param name="Until">When it expires unless renewed.</param>
public sealed record LeaseRecord(Guid RunId, string Holder, DateTimeOffset Since, DateTimeOffset Until)
{
    /// <summary>Whether the lease has expired at <paramref name="now"/>: a run that was killed stops renewing, and from then on anyone may take it.</summary>
    public bool HasExpiredAt(DateTimeOffset now) => now >= Until;

    /// <summary>
    /// One Norwegian line naming the holder and when the lease expires, e.g. <c>Runde H2026: en annen kjøring pågår
    /// siden 2026-11-22 09:00 (kjøring 1b2…, samtale round start på vert-1); låsen går ut 2026-11-22 09:30 om den ikke
    /// fornyes.</c> Times in Oslo.
    /// </summary>
    public string Describe(string term) => string.Create(CultureInfo.InvariantCulture,
        $"Runde {term}: en annen kjøring pågår siden {Oslo(Since)} (kjøring {RunId:D}, {Holder}); låsen går ut {Oslo(Until)} om den ikke fornyes.");

    private static string Oslo(DateTimeOffset instant) =>
        OsloTime.ToOslo(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (norsk tid)";
}
