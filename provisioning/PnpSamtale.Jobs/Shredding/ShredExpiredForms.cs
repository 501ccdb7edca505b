using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
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
    public const string ReceiptEvent = "Skjema makulert";

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
        var listed = after.Forms.Select(f => (content.FormsList, f.Id)).Concat(after.Measures.Select(m => (content.MeasuresList, m.Id))).ToHashSet();
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
                verified.Count(v => v.Kind == ShredKind.RecycleBinEntry),
                plan.Held.GroupBy(h => h.HoldReason ?? "Annet", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                AuditLog.Checksum(verified.Select(v => v.Key)));
            await AuditLog.WriteAsync(items, scope, admin, new AuditEntry(
                $"Makulering {receipt.Round} {receipt.Day:yyyy-MM-dd}", ReceiptEvent, receipt.Round, receipt.RunId, request.Now,
                receipt.Forms + receipt.Measures + receipt.BinEntries, receipt.Details, receipt.Sha256), cancellationToken).ConfigureAwait(false);
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
        public static ShredPlan Create(RoundContent content, IReadOnlyList<RecycleBinItem> bin, PnpSamtale.Core.Routines.Retention retention, AdminState admin, DateOnly today)
        {
            var site = content.Round.Site;
            var conversations = content.Conversations
                .Where(c => c.GetString(Fields.ConversationKey) is not null)
                .GroupBy(c => c.GetString(Fields.ConversationKey)!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var holds = content.Forms.Concat(content.Measures)
                .Where(i => i.GetBoolean(Fields.LegalHold) == true && i.GetString(Fields.ConversationKey) is not null)
                .GroupBy(i => i.GetString(Fields.ConversationKey)!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(i => i.GetString(Fields.LegalHoldReason)).FirstOrDefault(r => !string.IsNullOrEmpty(r)) ?? "Annet", StringComparer.Ordinal);

            DateOnly? TermEnd(string conversationKey, ListItem? item)
            {
                var stamped = item is null ? (retention.Until == PnpSamtale.Core.Routines.RetentionUntil.RoundEnd ? content.Round.End : null) : content.Content.Day(item, Fields.TermEnd);
                if (!conversations.TryGetValue(conversationKey, out var conversation) || content.Content.Person(conversation, Fields.Partner) is not { } partner)
                {
                    return ShredPolicy.TermEnd(retention, [], string.Empty, null, stamped);
                }

                return ShredPolicy.TermEnd(retention, admin.Terms, partner, conversation.GetString(Fields.PartnerRole), stamped);
            }

            var destroy = new List<Target>();
            var held = new List<ShredItem>();
            var kept = 0;
            var expiredNames = new Dictionary<string, ShredItem>(StringComparer.OrdinalIgnoreCase);
            void Judge(ListItem item, ShredKind kind, string list, string key, string conversationKey, string name)
            {
                var end = TermEnd(conversationKey, item);
                var hold = holds.GetValueOrDefault(conversationKey);
                switch (ShredPolicy.Decide(retention, end, hold is not null, today))
                {
                    case ShredVerdict.Destroy:
                        destroy.Add(new Target(new ShredItem(kind, key, name, end), ItemRequests.Delete(site, content.Content.ListId(list)!.Value, item.Id), list, item.Id, null));
                        break;
                    case ShredVerdict.Held:
                        held.Add(new ShredItem(kind, key, name, end, hold));
                        break;
                    default:
                        kept++;
                        break;
                }
            }

            foreach (var form in content.Forms)
            {
                if (form.GetString(Fields.ConversationKey) is { } key)
                {
                    Judge(form, ShredKind.Form, content.FormsList, key, key, form.GetString(Fields.FileName) ?? RoundDesigner.FormFileName(key));
                }
            }

            foreach (var measure in content.Measures)
            {
                if (measure.GetString(Fields.ConversationKey) is { } conversationKey && measure.GetString(Fields.MeasureKey) is { } key)
                {
                    Judge(measure, ShredKind.Measure, content.MeasuresList, key, conversationKey, measure.GetString(Fields.Title) ?? key);
                }
            }

            // Forms and measures someone already recycled: matched by their opaque names to the conversations, which stay.
            foreach (var key in conversations.Keys.Where(k => !holds.ContainsKey(k)))
            {
                var end = TermEnd(key, null);
                if (ShredPolicy.Decide(retention, end, false, today) == ShredVerdict.Destroy)
                {
                    expiredNames[RoundDesigner.FormFileName(key)] = new ShredItem(ShredKind.RecycleBinEntry, key, RoundDesigner.FormFileName(key), end);
                    expiredNames[RoundDesigner.MeasureTitle(key)] = new ShredItem(ShredKind.RecycleBinEntry, RoundDesigner.MeasureKey(key), RoundDesigner.MeasureTitle(key), end);
                }
            }

            foreach (var entry in bin.DistinctBy(b => b.Id))
            {
                if (expiredNames.TryGetValue(entry.LeafName, out var item) || expiredNames.TryGetValue(entry.Title, out item))
                {
                    var operation = entry.ItemState == RecycleBinStage.SecondStage ? RecycleBinRequests.DeleteFromSite(site, entry.Id) : RecycleBinRequests.DeleteFromWeb(site, entry.Id);
                    destroy.Add(new Target(item, operation, null, 0, entry.Id));
                }
            }

            return new ShredPlan(destroy, held, kept);
        }
    }
}
