using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Batching;
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
/// permanently (no recycle bin), removes what someone already put in the first- or second-stage bin (read a page at a
/// time: a whole bin of more than 5,000 entries cannot be read), then proves each of them gone by a read — an item by a
/// complete read of its list that no longer has it (after a delete that succeeded), a bin entry by a 404 from both
/// bins — and writes a deletion receipt to <c>Logg</c> counting only what a read proved gone. Anything not proved gone
/// is reported and found again by the next run.
/// </summary>
public sealed class ShredExpiredForms(SiteContentReader reader, SharePointBatchExecutor batches, RecycleBinClient bins, ItemClient items, RetryBudget budget)
{
    /// <summary>The <c>Logg</c> event of a receipt.</summary>
    public const string ReceiptEvent = LogEvents.Shredded;

    /// <summary>Runs the job.</summary>
    public async Task<ShredRun> RunAsync(ShredRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var waiting = budget.Begin(request.RetryBudget);
        var scope = request.Scope;
        var today = OsloTime.Day(request.Now);
        var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
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
            var plan = ShredPlan.Create(content, bin, routine.Retention, admin, today);
            if (request.DryRun || plan.Destroy.Count == 0)
            {
                results.Add(new RoundShred(round.Term, [.. plan.Destroy.Select(d => d.Item)], plan.Held, plan.Kept, [], null));
                continue;
            }

            results.Add(await DestroyAsync(scope, admin, content, plan, request, today, progress, cancellationToken).ConfigureAwait(false));
        }

        return new ShredRun(request.RunId, today, request.DryRun, results);
    }

    private async Task<RoundShred> DestroyAsync(
        JobScope scope, AdminState admin, RoundContent content, ShredPlan plan, ShredRequest request, DateOnly today, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var site = content.Round.Site;
        var failures = new List<string>();
        var operations = plan.Destroy.Select(d => d.Operation).ToList();
        progress?.Report($"{content.Round.Term}: makulerer {plan.Destroy.Count} (skjema, tiltak og papirkurv)");
        var responses = await batches.ExecuteAsync(site, operations, cancellationToken).ConfigureAwait(false);
        var deleted = new List<Target>();
        for (var i = 0; i < responses.Count; i++)
        {
            if (responses[i].ToError() is { } error)
            {
                // A 404 means something else removed it first (recycled it, say): not proof it is gone; the next run
                // finds it in a bin if it is there.
                failures.Add(error.IsNotFound
                    ? $"{plan.Destroy[i].Item.Name}: fantes ikke da den skulle slettes; ses etter i papirkurvene ved neste kjøring"
                    : $"{plan.Destroy[i].Item.Name}: {error.Message}");
            }
            else
            {
                deleted.Add(plan.Destroy[i]);
            }
        }

        // Verify by reads: the lists again, whole (an item is gone when a complete read no longer has it), and each bin
        // entry directly from the web's and the site's bin (gone when both answer 404).
        var after = await RoundContent.ReadAsync(reader, scope, content.Round, cancellationToken).ConfigureAwait(false);
        var listed = after.Forms.Select(f => (content.FormsList, f.Id)).Concat(after.MeasureItems.Select(m => (content.MeasuresList, m.Id))).ToHashSet();
        var stillThere = new HashSet<Target>(deleted.Where(t => t.BinId is null && listed.Contains((t.List!, t.ItemId))), ReferenceEqualityComparer.Instance);
        var checks = deleted.Where(t => t.BinId is not null).SelectMany(t => BinReads(site, t.BinId!.Value).Select(read => (Target: t, Read: read))).ToList();
        var answers = await batches.ExecuteAsync(site, [.. checks.Select(c => c.Read)], cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].ToError() is not { IsNotFound: true })
            {
                answers[i].EnsureSuccess();
                stillThere.Add(checks[i].Target);
            }
        }

        var verified = new List<ShredItem>();
        foreach (var target in deleted)
        {
            if (stillThere.Contains(target))
            {
                failures.Add($"{target.Item.Name}: finnes fremdeles etter sletting; prøves igjen ved neste kjøring");
            }
            else
            {
                verified.Add(target.Item);
            }
        }

        ShredReceipt? receipt = null;
        if (verified.Count > 0)
        {
            receipt = new ShredReceipt(
                content.Round.Term,
                today,
                request.RunId,
                verified.Count(v => v.Kind == ShredKind.Form),
                verified.Count(v => v.Kind == ShredKind.Measure),
                verified.Count(v => v.Kind == ShredKind.MeasuresFolder),
                verified.Count(v => v.Kind == ShredKind.RecycleBinEntry),
                plan.Held.GroupBy(h => h.HoldReason ?? "Annet", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                AuditLog.Checksum(verified.Select(v => v.Key)));
            await AuditLog.WriteAsync(items, scope, admin, new AuditEntry(
                $"Makulering {receipt.Round} {receipt.Day:yyyy-MM-dd}", ReceiptEvent, receipt.Round, receipt.RunId, request.Now,
                receipt.Forms + receipt.Measures + receipt.Folders + receipt.BinEntries, receipt.Details, receipt.Sha256), cancellationToken).ConfigureAwait(false);
        }

        return new RoundShred(content.Round.Term, verified, plan.Held, plan.Kept, failures, receipt);
    }

    /// <summary>The reads that prove a bin entry gone when both answer 404.</summary>
    private static WireRequest[] BinReads(Uri site, Guid binId) =>
        [RecycleBinRequests.GetFromWeb(site, binId), RecycleBinRequests.GetFromSite(site, binId)];

    /// <summary>One thing to destroy: an item of a list, or an entry in a bin.</summary>
    internal sealed record Target(ShredItem Item, WireRequest Operation, string? List, int ItemId, Guid? BinId);

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
                            destroy.Add(new Target(item, ItemRequests.Delete(site, listId, listItem.Id), list, listItem.Id, null));
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
                    destroy.Add(new Target(new ShredItem(ShredKind.RecycleBinEntry, conversation.Key + "/" + entry.LeafName, entry.LeafName, match.End), operation, null, 0, entry.Id));
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
