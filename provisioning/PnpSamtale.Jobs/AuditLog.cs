using System.Security.Cryptography;
using System.Text;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs;

/// <summary>An entry for the admin site's <c>Logg</c>: ids, counts, times and a hash — never names, titles or content.</summary>
/// <param name="Title">The entry's title (event, round and day).</param>
/// <param name="Event">The event, a choice of the <c>Hendelse</c> column.</param>
/// <param name="Round">The round.</param>
/// <param name="RunId">The job run.</param>
/// <param name="At">When.</param>
/// <param name="Count">How many items the entry is about.</param>
/// <param name="Details">Counts by category.</param>
/// <param name="Checksum">SHA-256 over the keys of the items (see <see cref="AuditLog.Checksum"/>).</param>
public sealed record AuditEntry(string Title, string Event, string Round, Guid RunId, DateTimeOffset At, int Count, string Details, string Checksum)
{
    /// <summary>The entry's key in <c>Logg</c> (unique): one entry per event, round and run.</summary>
    public string Key => $"{Round}/{Event}/{RunId:D}";
}

/// <summary>Writes the audit trail the jobs leave in <c>Logg</c>: each entry added once, found by its key when asked twice.</summary>
public static class AuditLog
{
    /// <summary>How <see cref="Checksum"/> is computed, in the words a receipt records (<c>Sjekksumoppskrift</c>).</summary>
    public const string ChecksumRecipe = "SHA-256, små heksadesimale tegn, over nøklene sortert ordinalt (UTF-16), én per linje skilt med LF, kodet UTF-8";

    /// <summary>SHA-256 over the keys, sorted ordinally, one per line, UTF-8, as lower-case hex: anyone holding the keys can check it.</summary>
    public static string Checksum(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys.Order(StringComparer.Ordinal)))));

    /// <summary>
    /// Adds the entry (with <paramref name="extra"/> values) by its key: a repeated write, or one whose answer was lost,
    /// finds the entry instead of adding a second. Returns the entry's item id and whether it was there already (then
    /// it holds what the first write wrote).
    /// </summary>
    /// <exception cref="InvalidOperationException">The admin site has no <c>Logg</c>, or the entry could not be written.</exception>
    public static async Task<KeyedAddResult> AddAsync(
        KeyedItemClient log, JobScope scope, AdminState admin, AuditEntry entry, IReadOnlyList<FormValue> extra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(extra);
        var logId = LogId(scope, admin);
        var results = await log.AddAsync(scope.AdminSite, logId, LogList.Key.Name, [[.. Values(entry), .. extra]], cancellationToken).ConfigureAwait(false);
        var result = results.Single();
        return result.Exists
            ? result
            : throw new InvalidOperationException(
                $"The '{entry.Event}' entry for {entry.Round} could not be written to {scope.AdminList(ListRole.Log)}: {(result.Error?.ToString() ?? string.Join("; ", result.Errors))}");
    }

    /// <summary>Adds the entry once by its key (see <see cref="AddAsync"/>).</summary>
    public static async Task WriteAsync(KeyedItemClient log, JobScope scope, AdminState admin, AuditEntry entry, CancellationToken cancellationToken) =>
        await AddAsync(log, scope, admin, entry, [], cancellationToken).ConfigureAwait(false);

    /// <summary>The id of the admin site's <c>Logg</c>.</summary>
    /// <exception cref="InvalidOperationException">The admin site has none.</exception>
    public static Guid LogId(JobScope scope, AdminState admin)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(admin);
        var log = scope.AdminList(ListRole.Log);
        return admin.Content.ListId(log) ?? throw new InvalidOperationException($"The admin site {scope.AdminSite} has no '{log}' list; start a round first.");
    }

    private static IReadOnlyList<FormValue> Values(AuditEntry entry) =>
    [
        FormValue.Text(Fields.Title, entry.Title),
        LogList.Key.Value(entry.Key),
        LogList.Event.Value(entry.Event),
        LogList.Round.Value(entry.Round),
        LogList.JobRun.Value(entry.RunId.ToString("D")),
        LogList.LoggedAt.Value(entry.At),
        LogList.Count.Value(entry.Count),
        LogList.Details.Value(entry.Details),
        LogList.Checksum.Value(entry.Checksum),
    ];
}
