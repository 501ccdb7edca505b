using Microsoft.Extensions.Options;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.RecycleBin;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>What to run the shredding job with.</summary>
/// <param name="Scope">Blueprint, tenant and routines.</param>
/// <param name="Now">The moment of the run.</param>
public sealed record ShredRequest(JobScope Scope, DateTimeOffset Now)
{
    /// <summary>List what would be destroyed and held; change nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The run's id, written in the receipts.</summary>
    public Guid RunId { get; init; } = Guid.NewGuid();

    /// <summary>How long the run may wait on throttling in total (<see cref="SharePoint.Handlers.RetryBudget"/>). Default 20 minutes.</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromMinutes(20);
}

/// <summary>
/// The <c>ShredExpiredForms</c> job: in every round, destroys the forms and measures whose partner's term (from
/// <c>Verv</c>) ended before today, plus the routine's grace days, unless the conversation is on legal hold. Deletes
/// permanently (no recycle bin) and removes what someone already put in the first- or second-stage bin (read a page at a
/// time: a whole bin of more than 5,000 entries cannot be read). Before the first delete it begins a deletion receipt in
/// <c>Logg</c> — what is to go, by ids and counts, and the planned checksum — then proves each thing gone by a read (an
/// item by a complete read of its list that no longer has it, a bin entry by a 404 from both bins) and completes the
/// receipt with what the reads prove gone. A run that finds a receipt an earlier run began and did not complete finishes
/// that work and completes that receipt; what it proves gone is counted there, once. No delete is sent twice: a lost
/// answer is settled by the reads. Anything not proved gone is reported and found again by the next run.
/// </summary>
public sealed class ShredExpiredForms(
    SiteContentReader reader, SharePointBatchExecutor batches, RecycleBinClient bins, KeyedItemClient keyed, ItemBatchClient itemBatches, ItemClient items,
    IOptions<SharePointOptions> options, RetryBudget budget)
{
    /// <summary>The <c>Logg</c> event of a receipt.</summary>
    public const string ReceiptEvent = LogEvents.Shredded;

    private readonly ReceiptLog log = new(keyed, itemBatches, items);

    /// <summary>Runs the job.</summary>
    public async Task<ShredRun> RunAsync(ShredRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var waiting = budget.Begin(request.RetryBudget);
        var scope = request.Scope;
        var today = OsloTime.Day(request.Now);
        var admin = await AdminState.ReadAsync(reader, scope, request.DryRun ? [] : [ReceiptLog.PendingRead(scope)], cancellationToken).ConfigureAwait(false);
        var pending = ReceiptLog.Pending(scope, admin);
        var results = new List<RoundShred>();
        foreach (var round in admin.Rounds)
        {
            if (scope.Routines(round.RoutineId) is not { } routine)
            {
                results.Add(new RoundShred(round.Term, [], [], 0, [$"rutinen '{round.RoutineId}' finnes ikke; ingenting makulert"], null));
                continue;
            }

            progress?.Report($"{round.Term}: leser {round.Site.AbsoluteUri}");
            var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken).ConfigureAwait(false);
            var bin = (await bins.GetAllAsync(round.Site, RecycleBinStage.FirstStage, cancellationToken).ConfigureAwait(false))
                .Concat(await bins.GetAllAsync(round.Site, RecycleBinStage.SecondStage, cancellationToken).ConfigureAwait(false))
                .ToList();
            if (content.UnmatchedHolds(today) is { Count: > 0 } unmatched)
            {
                // A hold that names no registered conversation (mistyped, or empty) may be meant for any form of the
                // round: destroy nothing there, resumed receipts included, until the OU corrects it.
                progress?.Report($"{round.Term}: {unmatched.Count} tilbakehold peker ikke på noen samtale; ingenting makuleres i runden");
                results.Add(new RoundShred(round.Term, [], [], 0, [.. unmatched.Select(UnmatchedHold)], null));
                continue;
            }

            var plan = ShredPlan.Create(content, bin, routine.Retention, admin, today);
            var begun = pending.Where(p => string.Equals(p.Round, round.Term, StringComparison.OrdinalIgnoreCase)).ToList();
            if (request.DryRun || (plan.Destroy.Count == 0 && begun.Count == 0))
            {
                results.Add(new RoundShred(round.Term, [.. plan.Destroy.Select(d => d.Item)], plan.Held, plan.Kept, [], null));
                continue;
            }

            var work = ShredWork.Create(content, bin, plan, begun);
            results.Add(await DestroyAsync(scope, admin, content, plan, work, request, today, progress, cancellationToken).ConfigureAwait(false));
        }

        return new ShredRun(request.RunId, today, request.DryRun, results);
    }

    private async Task<RoundShred> DestroyAsync(
        JobScope scope, AdminState admin, RoundContent content, ShredPlan plan, ShredWork work, ShredRequest request, DateOnly today, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var term = content.Round.Term;
        var ids = work.Resumed.ToDictionary(r => r, r => r.Pending!.ItemId);
        if (work.Fresh is { } fresh)
        {
            // Intent before action: the receipt is in Logg before anything is deleted.
            var planned = ShredReceipt.Of(term, today, request.RunId, [.. fresh.Targets.Select(t => t.Item)], fresh.Intent.HeldByReason, AuditLog.Checksum(fresh.Targets.Select(t => t.Item.Key)));
            ids[fresh] = await log.BeginAsync(scope, admin, fresh, planned, request.Now, cancellationToken).ConfigureAwait(false);
        }

        progress?.Report($"{term}: makulerer {work.Deletes.Count} (skjema, tiltak og papirkurv)");
        var deleter = new ShredDeleter(reader, batches, options.Value.MaxBatchOperations);
        var answers = await deleter.DeleteAsync(content.Round.Site, work.Deletes, cancellationToken).ConfigureAwait(false);
        var outcomes = work.Deletes.Zip(answers).ToDictionary(p => p.First.Id, p => p.Second);
        var stillThere = await VerifyAsync(deleter, scope, content, work, outcomes, cancellationToken).ConfigureAwait(false);

        var settled = work.Receipts.Select(r => SettledReceipt.Settle(r, term, request.RunId, today, outcomes, stillThere)).ToList();
        var done = settled.Where(s => s.Receipt is not null).ToList();
        await log.CompleteAsync(scope, admin, [.. done.Select(s => (ids[s.Work], s.Receipt!))], cancellationToken).ConfigureAwait(false);
        var receipts = done.Select(s => s.Receipt!).ToList();
        return new RoundShred(term, [.. settled.SelectMany(s => s.Gone)], plan.Held, plan.Kept, [.. work.Problems, .. settled.SelectMany(s => s.Failures)], receipts.LastOrDefault())
        {
            Receipts = receipts,
            Deferred = work.Deferred,
        };
    }

    /// <summary>The report of a hold that names no conversation: by its item id, never by its key (which names the partner).</summary>
    private static string UnmatchedHold(LegalHold hold) =>
        string.IsNullOrWhiteSpace(hold.Key)
            ? $"tilbakeholdet med id {hold.ItemId} i Tilbakehold mangler samtalenøkkel; ingenting i runden makuleres før det er rettet eller opphevet"
            : $"tilbakeholdet med id {hold.ItemId} i Tilbakehold nevner en samtale som ikke finnes i registeret (feilskrevet nøkkel?); ingenting i runden makuleres før det er rettet eller opphevet";

    /// <summary>
    /// The reads after the deletes: the lists again, whole (an item is gone when a complete read no longer has it; when
    /// nothing was deleted from them, the read the run began with is that read), and each bin entry that may have gone,
    /// directly from the web's and the site's bin (gone when both answer 404). Returns whether a target is still there.
    /// </summary>
    private static async Task<Func<TargetId, bool>> VerifyAsync(
        ShredDeleter deleter, JobScope scope, RoundContent content, ShredWork work, Dictionary<TargetId, DeleteOutcome> outcomes, CancellationToken cancellationToken)
    {
        var after = work.Deletes.Any(t => !t.Id.IsBinEntry) ? await deleter.ReadRoundAsync(scope, content.Round, cancellationToken).ConfigureAwait(false) : content;
        var listed = after.Forms.Select(f => TargetId.Item(content.FormsList, f.Id))
            .Concat(after.MeasureItems.Select(m => TargetId.Item(content.MeasuresList, m.Id)))
            .ToHashSet();
        var entries = work.Receipts.SelectMany(r => r.Targets)
            .Where(t => t.Id.IsBinEntry && (t.State == TargetState.Absent || (t.State == TargetState.Planned && outcomes[t.Id].MayHaveDeleted)))
            .Select(t => t.Id.BinId!.Value)
            .Distinct()
            .ToList();
        var inBins = await deleter.StillInBinsAsync(content.Round.Site, entries, cancellationToken).ConfigureAwait(false);
        return id => id.BinId is { } entry ? inBins.Contains(entry) : listed.Contains(id);
    }

    /// <summary>One thing to destroy: an item of a list, or an entry in a bin (with the stage it is in).</summary>
    /// <param name="Item">What it is.</param>
    /// <param name="Operation">The delete.</param>
    /// <param name="Id">Where it is.</param>
    /// <param name="Conversation">The key of the conversation it belongs to.</param>
    /// <param name="Stage">The bin it is in, for a bin entry.</param>
    internal sealed record Target(ShredItem Item, WireRequest Operation, TargetId Id, string Conversation, RecycleBinStage? Stage = null);

    /// <summary>The round's verdicts (pure, from what was read).</summary>
    internal sealed record ShredPlan(IReadOnlyList<Target> Destroy, IReadOnlyList<ShredItem> Held, int Kept)
    {
        /// <summary>
        /// Judges every conversation in the register: its term end from <c>Verv</c> (the partner's latest term in the
        /// role), else the end the register last recorded; its hold from <c>Tilbakehold</c>. An expired, unheld
        /// conversation loses its form, its measures and their folder (found by the register's ids, wherever their
        /// columns point) and whatever of them someone already recycled (matched by the form's and folder's opaque
        /// names). Nothing else decides.
        /// </summary>
        public static ShredPlan Create(RoundContent content, IReadOnlyList<RecycleBinItem> bin, PnpSamtale.Core.Routines.Retention retention, AdminState admin, DateOnly today)
        {
            var site = content.Round.Site;
            var destroy = new List<Target>();
            var held = new List<ShredItem>();
            var kept = 0;
            var expired = new List<(RegisteredConversation Conversation, DateOnly? End)>();
            var formsId = content.Content.ListId(content.FormsList);
            var measuresId = content.Content.ListId(content.MeasuresList);
            foreach (var conversation in content.Registered)
            {
                var end = ShredPolicy.TermEnd(retention, admin.Terms, conversation.PartnerUpn ?? string.Empty, conversation.PartnerRole, conversation.TermEnd);
                var hold = content.HoldOn(conversation.Key, today);
                var items = Items(conversation, end, content).ToList();
                switch (ShredPolicy.Decide(retention, end, hold is not null, today))
                {
                    case ShredVerdict.Destroy:
                        expired.Add((conversation, end));
                        foreach (var (item, listItem, list) in items)
                        {
                            var listId = list == content.FormsList ? formsId!.Value : measuresId!.Value;
                            destroy.Add(new Target(item, ItemRequests.Delete(site, listId, listItem.Id), TargetId.Item(list, listItem.Id), conversation.Key));
                        }

                        break;
                    case ShredVerdict.Held:
                        held.AddRange(items.Where(i => i.Item.Kind != ShredKind.MeasuresFolder).Select(i => i.Item with { HoldReason = hold!.Reason }));
                        break;
                    default:
                        kept += items.Count(i => i.Item.Kind != ShredKind.MeasuresFolder);
                        break;
                }
            }

            // What someone already recycled: matched by the opaque names of the form and the folder (a measure recycled
            // from the folder names the folder as where it was).
            foreach (var entry in bin.DistinctBy(b => b.Id))
            {
                var directory = "/" + entry.DirName.TrimStart('/');
                var match = expired.FirstOrDefault(e =>
                    string.Equals(entry.LeafName, RoundDesigner.FormFileName(e.Conversation.Key), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(entry.LeafName, RoundDesigner.FolderName(e.Conversation.Key), StringComparison.OrdinalIgnoreCase)
                    || (e.Conversation.Folder?.GetString("FileRef") is { } path && RoundContent.IsUnder(directory, path.TrimEnd('/')))
                    || directory.EndsWith("/" + RoundDesigner.FolderName(e.Conversation.Key), StringComparison.OrdinalIgnoreCase)
                    || directory.Contains("/" + RoundDesigner.FolderName(e.Conversation.Key) + "/", StringComparison.OrdinalIgnoreCase));
                if (match.Conversation is { } conversation)
                {
                    var operation = entry.ItemState == RecycleBinStage.SecondStage ? RecycleBinRequests.DeleteFromSite(site, entry.Id) : RecycleBinRequests.DeleteFromWeb(site, entry.Id);
                    destroy.Add(new Target(new ShredItem(ShredKind.RecycleBinEntry, conversation.Key + "/" + entry.LeafName, entry.LeafName, match.End), operation, TargetId.Bin(entry.Id), conversation.Key, entry.ItemState));
                }
            }

            return new ShredPlan(destroy, held, kept);
        }

        /// <summary>A conversation's form, its measures, then their folder (deleted in that order).</summary>
        private static IEnumerable<(ShredItem Item, ListItem ListItem, string List)> Items(RegisteredConversation conversation, DateOnly? end, RoundContent content)
        {
            if (conversation.Form is { } form)
            {
                yield return (new ShredItem(ShredKind.Form, conversation.Key, form.GetString(Fields.FileName) ?? RoundDesigner.FormFileName(conversation.Key), end), form, content.FormsList);
            }

            foreach (var measure in conversation.Measures)
            {
                var key = RoundDesigner.MeasureKey(conversation.Key, measure.Id);
                yield return (new ShredItem(ShredKind.Measure, key, key, end), measure, content.MeasuresList);
            }

            if (conversation.Folder is { } folder)
            {
                yield return (new ShredItem(ShredKind.MeasuresFolder, conversation.Key + "/tiltak", RoundDesigner.FolderName(conversation.Key), end), folder, content.MeasuresList);
            }
        }
    }
}
