using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// The deletion receipts in <c>Logg</c>: begun before the first delete (<c>Påbegynt</c>, added by its key so that a lost
/// answer finds it rather than adding a second), found again by a later run while begun, and completed once the
/// deletions are verified (<c>Fullført</c>, an update that writes the same values however often it is sent).
/// </summary>
internal sealed class ReceiptLog(KeyedItemClient keyed, ItemBatchClient batch, ItemClient items)
{
    /// <summary>The read of the begun receipts (an indexed column; few match, however long <c>Logg</c> grows).</summary>
    public static ListRead PendingRead(JobScope scope) =>
        new(scope.AdminList(ListRole.Log), PendingReceipt.Fields, $"{LogList.State.Name} eq {ItemFilter.Text(LogStates.Begun)}");

    /// <summary>The begun receipts <see cref="PendingRead"/> found.</summary>
    public static IReadOnlyList<PendingReceipt> Pending(JobScope scope, AdminState admin) =>
        [.. admin.Content.Items(scope.AdminList(ListRole.Log)).Select(PendingReceipt.From).OfType<PendingReceipt>()];

    /// <summary>
    /// Begins this run's receipt: what is to go, by ids and counts, the planned checksum and how it is computed. Returns
    /// its item id. An entry found under the same key must be this very receipt (its answer lost); anything else stops
    /// the run before it deletes.
    /// </summary>
    public async Task<int> BeginAsync(JobScope scope, AdminState admin, ReceiptWork receipt, ShredReceipt planned, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(Title(planned), LogEvents.Shredded, planned.Round, planned.RunId, now, 0, "Planlagt: " + planned.Details, string.Empty);
        var written = await AuditLog.AddAsync(keyed, scope, admin, entry,
        [
            LogList.State.Value(LogStates.Begun),
            LogList.Planned.Value(planned.Count),
            LogList.PlannedChecksum.Value(planned.Sha256),
            LogList.ChecksumRecipe.Value(AuditLog.ChecksumRecipe),
            LogList.ShredTargets.Value(receipt.Intent.Format()),
        ], cancellationToken).ConfigureAwait(false);
        if (written.Outcome == KeyedAddOutcome.AlreadyThere)
        {
            var found = await items.FindItemAsync(scope.AdminSite, AuditLog.LogId(scope, admin), written.ItemId, [LogList.State.Name, LogList.PlannedChecksum.Name], cancellationToken).ConfigureAwait(false);
            if (found is null || LogList.State.Read(found) != LogStates.Begun || LogList.PlannedChecksum.Read(found) != planned.Sha256)
            {
                throw new InvalidOperationException($"Logg already has the entry '{entry.Key}' for another receipt; run {planned.RunId} destroys nothing under that key.");
            }
        }

        return written.ItemId;
    }

    /// <summary>Completes the receipts: state, counts, details and checksum of what was proved gone.</summary>
    /// <exception cref="InvalidOperationException">A receipt could not be written; it stays begun and the next run completes it.</exception>
    public async Task CompleteAsync(JobScope scope, AdminState admin, IReadOnlyList<(int ItemId, ShredReceipt Receipt)> receipts, CancellationToken cancellationToken)
    {
        if (receipts.Count == 0)
        {
            return;
        }

        var updates = receipts.Select(r => new ItemUpdate(r.ItemId,
        [
            LogList.State.Value(LogStates.Completed),
            LogList.Count.Value(r.Receipt.Count),
            LogList.Details.Value(r.Receipt.Details),
            LogList.Checksum.Value(r.Receipt.Sha256),
        ])).ToList();
        var results = await batch.UpdateItemsAsync(scope.AdminSite, AuditLog.LogId(scope, admin), updates, cancellationToken).ConfigureAwait(false);
        var refused = results.Where(r => r.Error is not null || r.Value?.Succeeded != true).ToList();
        if (refused.Count > 0)
        {
            throw new InvalidOperationException(
                $"{refused.Count} deletion receipt(s) could not be completed in {scope.AdminList(ListRole.Log)} (they stay begun; the next run completes them): " +
                string.Join("; ", refused.Select(r => r.Error?.ToString() ?? string.Join(", ", r.Value!.Errors))));
        }
    }

    private static string Title(ShredReceipt receipt) => $"Makulering {receipt.Round} {receipt.Day:yyyy-MM-dd}";
}
