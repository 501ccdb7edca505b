using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RecycleBin;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// What a run does in one round (pure, from what it read): finish the receipts earlier runs began — each keeps what it
/// set out to destroy, so nothing is counted in two receipts — and begin one of its own for whatever else is destroyable
/// today, as many conversations as one receipt can list (<see cref="ShredIntent.MaxLength"/>); the rest waits.
/// </summary>
/// <param name="Resumed">The receipts earlier runs began, to finish and complete.</param>
/// <param name="Fresh">This run's own receipt, when there is anything else to destroy.</param>
/// <param name="Deletes">Every delete to send, in the plan's order (a folder after what is in it).</param>
/// <param name="Deferred">Items left for the next run.</param>
/// <param name="Problems">Receipts that cannot be finished as recorded.</param>
internal sealed record ShredWork(IReadOnlyList<ReceiptWork> Resumed, ReceiptWork? Fresh, IReadOnlyList<ShredExpiredForms.Target> Deletes, int Deferred, IReadOnlyList<string> Problems)
{
    /// <summary>Every receipt to complete: the resumed ones, then this run's own.</summary>
    public IEnumerable<ReceiptWork> Receipts => Fresh is null ? Resumed : Resumed.Append(Fresh);

    /// <summary>Splits the plan between the receipts begun earlier (<paramref name="pending"/>, this round's) and a new one.</summary>
    public static ShredWork Create(
        RoundContent content, IReadOnlyList<RecycleBinItem> bin, ShredExpiredForms.ShredPlan plan, IReadOnlyList<PendingReceipt> pending, int maxLength = ShredIntent.MaxLength)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pending);
        var planned = plan.Destroy.ToDictionary(t => t.Id);
        var claimed = new HashSet<TargetId>();
        var problems = new List<string>();
        var resumed = new List<ReceiptWork>();
        var places = new Places(content, bin);
        foreach (var receipt in pending.OrderBy(p => p.At).ThenBy(p => p.ItemId))
        {
            if (receipt.Intent is null)
            {
                problems.Add($"kvitteringen for kjøring {receipt.RunId} har et grunnlag som ikke kan leses; den står som påbegynt");
                continue;
            }

            var targets = receipt.Intent.Conversations.SelectMany(c => places.Resolve(c, planned, claimed)).ToList();
            resumed.Add(new ReceiptWork(receipt, receipt.Intent, targets));
        }

        var (fresh, deferred) = Begin(content, plan, claimed, maxLength);
        var chosen = claimed.Concat(fresh?.Targets.Select(t => t.Id) ?? []).ToHashSet();
        return new ShredWork(resumed, fresh, [.. plan.Destroy.Where(t => chosen.Contains(t.Id))], deferred, problems);
    }

    /// <summary>The new receipt: the plan less what earlier receipts hold, conversation by conversation while the record fits.</summary>
    private static (ReceiptWork? Fresh, int Deferred) Begin(RoundContent content, ShredExpiredForms.ShredPlan plan, HashSet<TargetId> claimed, int maxLength)
    {
        var register = content.Content.Items(content.RegisterList)
            .Select(i => (Key: RegisterList.Key.Read(i), i.Id))
            .Where(e => e.Key is not null)
            .GroupBy(e => e.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var held = plan.Held.GroupBy(h => h.HoldReason ?? "Annet", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var length = ShredIntent.Header(held).Length;
        var lines = new List<IntentConversation>();
        var targets = new List<ReceiptTarget>();
        var deferred = 0;
        foreach (var group in plan.Destroy.Where(t => !claimed.Contains(t.Id)).GroupBy(t => t.Conversation, StringComparer.Ordinal))
        {
            var line = Line(register[group.Key], group.Key, [.. group], content);
            var added = 1 + line.Line().Length;
            if (deferred > 0 || length + added > maxLength)
            {
                deferred += group.Count();
                continue;
            }

            length += added;
            lines.Add(line);
            targets.AddRange(group.Select(t => new ReceiptTarget(t.Item, t.Id, true, TargetState.Planned, t)));
        }

        return (targets.Count == 0 ? null : new ReceiptWork(null, new ShredIntent(held, lines), targets), deferred);
    }

    private static IntentConversation Line(int registerId, string key, IReadOnlyList<ShredExpiredForms.Target> targets, RoundContent content) => new(
        registerId,
        targets.Any(t => t.Item.Kind == ShredKind.Form),
        targets.Any(t => t.Item.Kind == ShredKind.MeasuresFolder),
        [.. targets.Where(t => t.Item.Kind == ShredKind.Measure && t.Id.List == content.MeasuresList).Select(t => t.Id.ItemId)],
        [.. targets.Where(t => t.Id.IsBinEntry).Select(t => new IntentBinEntry(t.Id.BinId!.Value, t.Stage ?? RecycleBinStage.FirstStage, IntentBinEntry.Code(t.Item.Name, key)))]);

    /// <summary>What the round holds now, to place what a receipt recorded by ids.</summary>
    private sealed class Places(RoundContent content, IReadOnlyList<RecycleBinItem> bin)
    {
        private readonly Dictionary<int, ListItem> register = content.Content.Items(content.RegisterList).ToDictionary(i => i.Id);
        private readonly HashSet<int> forms = [.. content.Forms.Select(f => f.Id)];
        private readonly HashSet<int> measures = [.. content.MeasureItems.Select(m => m.Id)];
        private readonly Dictionary<Guid, RecycleBinItem> entries = bin.DistinctBy(b => b.Id).ToDictionary(b => b.Id);

        public IEnumerable<ReceiptTarget> Resolve(IntentConversation line, Dictionary<TargetId, ShredExpiredForms.Target> planned, HashSet<TargetId> claimed)
        {
            var entry = register.GetValueOrDefault(line.RegisterId);
            var key = entry is null ? null : RegisterList.Key.Read(entry);
            if (line.Form)
            {
                var id = entry is null ? null : RegisterList.FormItem.ReadInt(entry);
                yield return Place(new ShredItem(ShredKind.Form, key ?? string.Empty, key is null ? "skjema" : RoundDesigner.FormFileName(key), null), id is { } f ? TargetId.Item(content.FormsList, f) : null, key is not null);
            }

            foreach (var measure in line.Measures)
            {
                var measureKey = key is null ? string.Empty : RoundDesigner.MeasureKey(key, measure);
                yield return Place(new ShredItem(ShredKind.Measure, measureKey, measureKey, null), TargetId.Item(content.MeasuresList, measure), key is not null);
            }

            if (line.Folder)
            {
                var id = entry is null ? null : RegisterList.MeasuresFolder.ReadInt(entry);
                yield return Place(new ShredItem(ShredKind.MeasuresFolder, key is null ? string.Empty : key + "/tiltak", key is null ? "tiltak" : RoundDesigner.FolderName(key), null), id is { } m ? TargetId.Item(content.MeasuresList, m) : null, key is not null);
            }

            foreach (var binEntry in line.BinEntries)
            {
                var leaf = key is null ? null : binEntry.LeafName(key);
                yield return Place(new ShredItem(ShredKind.RecycleBinEntry, leaf is null ? string.Empty : key + "/" + leaf, leaf ?? "papirkurv", null), TargetId.Bin(binEntry.Id), leaf is not null);
            }

            ReceiptTarget Place(ShredItem item, TargetId? id, bool keyKnown)
            {
                if (id is not { } where || !claimed.Add(where))
                {
                    return new ReceiptTarget(item, id ?? default, false, TargetState.Unresolved, null);
                }

                if (planned.TryGetValue(where, out var target))
                {
                    return new ReceiptTarget(target.Item, where, true, TargetState.Planned, target);
                }

                return new ReceiptTarget(item, where, keyKnown, StateOf(where, key, item), null);
            }
        }

        /// <summary>How a recorded target the plan does not destroy today stands: still there (kept), recycled (in a bin), or gone.</summary>
        private TargetState StateOf(TargetId id, string? key, ShredItem item)
        {
            if (id.BinId is { } binId)
            {
                return entries.ContainsKey(binId) ? TargetState.Kept : TargetState.Absent;
            }

            if ((id.List == content.FormsList ? forms : measures).Contains(id.ItemId))
            {
                return TargetState.Kept;
            }

            return key is not null && entries.Values.Any(e => IsRecycled(e, id, key, item.Kind)) ? TargetState.InBin : TargetState.Absent;
        }

        /// <summary>Whether a bin entry is the item itself (recycled rather than deleted): by the names the product gives, or an item's <c>{id}_.000</c> in its folder.</summary>
        private static bool IsRecycled(RecycleBinItem entry, TargetId id, string key, ShredKind kind) => kind switch
        {
            ShredKind.Form => string.Equals(entry.LeafName, RoundDesigner.FormFileName(key), StringComparison.OrdinalIgnoreCase),
            ShredKind.MeasuresFolder => string.Equals(entry.LeafName, RoundDesigner.FolderName(key), StringComparison.OrdinalIgnoreCase),
            _ => IntentBinEntry.ItemLeafId(entry.LeafName) == id.ItemId
                && ("/" + entry.DirName.Trim('/') + "/").Contains("/" + RoundDesigner.FolderName(key) + "/", StringComparison.OrdinalIgnoreCase),
        };
    }
}
