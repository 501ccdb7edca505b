using System.Security.Cryptography;
using System.Text;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
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

/// <summary>Writes the audit trail the jobs leave in <c>Logg</c>.</summary>
public static class AuditLog
{
    /// <summary>SHA-256 over the keys, sorted ordinally, one per line, UTF-8, as lower-case hex: anyone holding the keys can check it.</summary>
    public static string Checksum(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys.Order(StringComparer.Ordinal)))));

    /// <summary>Adds the entry; throws when the admin site has no <c>Logg</c> or SharePoint refuses a value.</summary>
    public static async Task WriteAsync(ItemClient items, JobScope scope, AdminState admin, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(entry);
        var log = scope.AdminList(ListRole.Log);
        var logId = admin.Content.ListId(log) ?? throw new InvalidOperationException($"The admin site {scope.AdminSite} has no '{log}' list; start a round first.");
        var written = await items.AddItemAsync(scope.AdminSite, logId,
        [
            FormValue.Text(Fields.Title, entry.Title),
            FormValue.Text(Fields.LogKey, entry.Key),
            FormValue.Text(Fields.LogEvent, entry.Event),
            FormValue.Text(Fields.Round, entry.Round),
            FormValue.Text(Fields.JobRun, entry.RunId.ToString("D")),
            FormValue.DateTime(Fields.LoggedAt, entry.At),
            FormValue.Number(Fields.Count, entry.Count),
            FormValue.Text(Fields.Details, entry.Details),
            FormValue.Text(Fields.Checksum, entry.Checksum),
        ], cancellationToken).ConfigureAwait(false);
        if (!written.Succeeded)
        {
            throw new InvalidOperationException($"The '{entry.Event}' entry for {entry.Round} was refused by {log}: {string.Join("; ", written.Errors)}");
        }
    }
}
