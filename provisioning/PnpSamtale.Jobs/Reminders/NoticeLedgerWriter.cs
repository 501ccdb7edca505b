using System.Globalization;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>A digest whose notices are claimed: its record and the notices it carries (those claimed before and now).</summary>
/// <param name="RecordId">The digest's record in <c>Varsler</c>.</param>
/// <param name="Notices">Its content.</param>
internal sealed record ClaimedDigest(int RecordId, IReadOnlyList<ReminderNotice> Notices);

/// <summary>
/// The writes delivery makes to <c>Varsler</c>: claims — a digest's record first, then its notices' records, each a keyed
/// add whose duplicate key or lost answer is read back as the item it is —, the digest's state (<c>Utkast</c> before its
/// send, <c>Sendt</c> after, idempotent updates), and releases — notices' records first, the digest's record last — so a
/// notice's record never outlives its digest's.
/// </summary>
internal sealed class NoticeLedgerWriter(KeyedItemClient keyed, ItemBatchClient items)
{
    /// <summary>Claims the digests' notices (<see cref="DigestAction.ToClaim"/>), adding the records of new digests first.</summary>
    public async Task<Dictionary<DigestKey, ClaimedDigest>> ClaimAsync(Uri site, Guid listId, IReadOnlyList<DigestAction> digests, List<string> failures, CancellationToken cancellationToken)
    {
        var records = new Dictionary<DigestKey, int>();
        foreach (var digest in digests.Where(d => d.RecordId is not null))
        {
            records[digest.Key] = digest.RecordId!.Value;
        }

        var added = digests.Where(d => d.RecordId is null).ToList();
        if (added.Count > 0)
        {
            var results = await keyed.AddAsync(site, listId, NoticesList.Key.Name, [.. added.Select(DigestRecord)], cancellationToken).ConfigureAwait(false);
            var taken = await TakenAsync(site, listId, results, _ => (NoticesList.Status.Name, DigestStatuses.Choice(DigestStatus.Reserved)), failures, cancellationToken).ConfigureAwait(false);
            foreach (var (index, id) in taken)
            {
                records[added[index].Key] = id;
            }
        }

        var claims = digests.Where(d => records.ContainsKey(d.Key)).SelectMany(d => d.ToClaim.Select(n => (Digest: d, Notice: n))).ToList();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        if (claims.Count > 0)
        {
            var results = await keyed.AddAsync(site, listId, NoticesList.Key.Name, [.. claims.Select(c => NoticeRecord(c.Notice, c.Digest))], cancellationToken).ConfigureAwait(false);
            var taken = await TakenAsync(site, listId, results, r => (NoticesList.Digest.Name, claims[r].Digest.Key.Value), failures, cancellationToken).ConfigureAwait(false);
            claimed.UnionWith(taken.Select(t => claims[t.Index].Notice.Key));
        }

        return digests.Where(d => records.ContainsKey(d.Key)).ToDictionary(
            d => d.Key,
            d => new ClaimedDigest(records[d.Key], [.. d.Carried, .. d.ToClaim.Where(n => claimed.Contains(n.Key))]));
    }

    /// <summary>Records the state of the digests' records; returns the records that could not be updated.</summary>
    public async Task<HashSet<int>> MarkAsync(Uri site, Guid listId, DigestStatus status, IReadOnlyList<int> records, List<string> failures, CancellationToken cancellationToken)
    {
        var failed = new HashSet<int>();
        if (records.Count == 0)
        {
            return failed;
        }

        var choice = DigestStatuses.Choice(status);
        var results = await items.UpdateItemsAsync(site, listId, [.. records.Select(id => new ItemUpdate(id, [NoticesList.Status.Value(choice)]))], cancellationToken).ConfigureAwait(false);
        foreach (var result in results.Where(r => r is not { Succeeded: true, Value.Succeeded: true }))
        {
            failed.Add(records[result.Index]);
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Varsler {records[result.Index]}: kunne ikke settes til {choice} ({result.Error?.ToString() ?? "verdien ble avvist"})."));
        }

        return failed;
    }

    /// <summary>
    /// Deletes the records of <see cref="DigestAction.Release"/>, then — for digests released whole — the digest's record
    /// once all its notices' are gone; returns the digests whose records could not all be deleted.
    /// </summary>
    public async Task<HashSet<DigestKey>> ReleaseAsync(Uri site, Guid listId, IReadOnlyList<DigestAction> digests, List<string> failures, CancellationToken cancellationToken)
    {
        var members = digests.SelectMany(d => d.Release.Select(id => (d.Key, Id: id))).ToList();
        var failed = await DeleteAsync(site, listId, members, failures, cancellationToken).ConfigureAwait(false);
        var whole = digests.Where(d => d.Step == DigestStep.Release && !failed.Contains(d.Key) && d.RecordId is not null).Select(d => (d.Key, Id: d.RecordId!.Value)).ToList();
        failed.UnionWith(await DeleteAsync(site, listId, whole, failures, cancellationToken).ConfigureAwait(false));
        return failed;
    }

    private async Task<HashSet<DigestKey>> DeleteAsync(Uri site, Guid listId, List<(DigestKey Key, int Id)> records, List<string> failures, CancellationToken cancellationToken)
    {
        var failed = new HashSet<DigestKey>();
        if (records.Count == 0)
        {
            return failed;
        }

        var results = await items.DeleteItemsAsync(site, listId, [.. records.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);

        // An item already gone (a delete repeated after its answer was lost) is what a release wants.
        foreach (var result in results.Where(r => r.Error is { IsNotFound: false }))
        {
            failed.Add(records[result.Index].Key);
            failures.Add($"{records[result.Index].Key}: en registrering i Varsler kunne ikke slettes ({result.Error}).");
        }

        return failed;
    }

    /// <summary>
    /// The adds that left an item with the key that is ours: added now, or found by its key holding
    /// <paramref name="expected"/> (our own add whose answer was lost). One held by another digest is not taken.
    /// </summary>
    private async Task<List<(int Index, int Id)>> TakenAsync(
        Uri site, Guid listId, IReadOnlyList<KeyedAddResult> results, Func<int, (string Field, string Value)> expected, List<string> failures, CancellationToken cancellationToken)
    {
        var taken = results.Where(r => r.Outcome == KeyedAddOutcome.Added).Select(r => (r.Index, r.ItemId)).ToList();
        foreach (var result in results.Where(r => !r.Exists))
        {
            failures.Add($"Varsler: '{Opaque(result.Key)}' ble ikke registrert ({result.Error?.ToString() ?? string.Join("; ", result.Errors.Select(e => e.FieldName))}).");
        }

        var found = results.Where(r => r.Outcome == KeyedAddOutcome.AlreadyThere).ToList();
        if (found.Count == 0)
        {
            return taken;
        }

        var fields = found.Select(r => expected(r.Index).Field).Distinct(StringComparer.Ordinal).ToList();
        var read = await items.GetItemsAsync(site, listId, [.. found.Select(r => r.ItemId)], fields, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < found.Count; i++)
        {
            var (field, value) = expected(found[i].Index);
            if (read[i] is { Succeeded: true, Value: { } item } && string.Equals(item.GetString(field), value, StringComparison.OrdinalIgnoreCase))
            {
                taken.Add((found[i].Index, found[i].ItemId));
            }
            else
            {
                failures.Add($"Varsler: '{Opaque(found[i].Key)}' finnes allerede for et annet sammendrag; ikke tatt med.");
            }
        }

        return taken;
    }

    private static IReadOnlyList<FormValue> DigestRecord(DigestAction digest) =>
    [
        FormValue.Text(Provisioning.Blueprints.Fields.Title, string.Create(CultureInfo.InvariantCulture, $"Sammendrag {digest.Day:yyyy-MM-dd}")),
        NoticesList.Key.Value(digest.Key.Value),
        NoticesList.Digest.Value(digest.Key.Value),
        NoticesList.Recipient.Value(digest.RecipientUpn),
        NoticesList.Date.Value(digest.Day),
        NoticesList.Status.Value(DigestStatuses.Choice(DigestStatus.Reserved)),
    ];

    private static IReadOnlyList<FormValue> NoticeRecord(ReminderNotice notice, DigestAction digest)
    {
        var type = NoticeTypes.Of(notice.Kind);
        return
        [
            FormValue.Text(Provisioning.Blueprints.Fields.Title, $"{type} {notice.Step}"),
            NoticesList.Key.Value(notice.Key),
            NoticesList.Round.Value(notice.Round),
            NoticesList.Recipient.Value(notice.RecipientUpn),
            NoticesList.Date.Value(digest.Day),
            NoticesList.Kind.Value(type),
            NoticesList.Digest.Value(digest.Key.Value),
        ];
    }

    /// <summary>A key for a failure line: a digest's as it is (opaque), a notice's without its recipient.</summary>
    private static string Opaque(string key) => DigestKey.Parse(key) is { } digest ? digest.Value : key[..Math.Max(0, key.LastIndexOf('/'))];
}
