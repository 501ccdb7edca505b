using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Policies;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Desired;
using PnpSamtale.SharePoint.Batching;
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
}

/// <summary>
/// The <c>ShredExpiredForms</c> job: in every round, destroys the forms and measures whose partner's term (from
/// <c>Verv</c>) ended before today, plus the routine's grace days, unless the conversation is on legal hold. Deletes
/// permanently (no recycle bin), removes what someone already put in the first- or second-stage bin, reads lists and
/// bins again to verify, and writes a deletion receipt to <c>Logg</c> counting only what is verified gone. Anything
/// not gone is reported and found again by the next run.
/// </summary>
public sealed class ShredExpiredForms(SiteContentReader reader, SharePointBatchExecutor batches, ItemClient items)
{
    /// <summary>The <c>Logg</c> event of a receipt.</summary>
    public const string ReceiptEvent = "Skjema makulert";

    /// <summary>Runs the job.</summary>
    public async Task<ShredRun> RunAsync(ShredRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
            var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken,
                [RecycleBinRequests.ListWeb(round.Site), RecycleBinRequests.ListSite(round.Site)]).ConfigureAwait(false);
            var plan = ShredPlan.Create(content, routine.Retention, admin, today);
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
        for (var i = 0; i < responses.Count; i++)
        {
            if (responses[i].ToError() is { IsNotFound: false } error)
            {
                failures.Add($"{plan.Destroy[i].Item.Name}: {error.Message}");
            }
        }

        // Verify: read both lists and both bins again, in one batch.
        var after = await RoundContent.ReadAsync(reader, scope, content.Round, cancellationToken,
            [RecycleBinRequests.ListWeb(site), RecycleBinRequests.ListSite(site)]).ConfigureAwait(false);
        var remaining = new HashSet<(string, int)>(
            after.Forms.Select(f => (content.FormsList, f.Id)).Concat(after.Measures.Select(m => (content.MeasuresList, m.Id))));
        var binIds = Bin(after).Select(b => b.Id).ToHashSet();
        var binNames = Bin(after).Select(b => b.LeafName).Concat(Bin(after).Select(b => b.Title)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var verified = new List<ShredItem>();
        foreach (var target in plan.Destroy)
        {
            var gone = target.BinId is { } binId
                ? !binIds.Contains(binId)
                : !remaining.Contains((target.List!, target.ItemId)) && !binNames.Contains(target.Item.Name);
            if (gone)
            {
                verified.Add(target.Item);
            }
            else
            {
                failures.Add($"{target.Item.Name}: finnes fremdeles etter sletting; prøves igjen ved neste kjøring");
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

    internal static IReadOnlyList<RecycleBinItem> Bin(RoundContent content) =>
        [.. content.Content.Extra.Where(r => r.IsSuccess).SelectMany(r => r.ReadJson<BinPage>().Value).DistinctBy(b => b.Id)];

    private sealed record BinPage(IReadOnlyList<RecycleBinItem> Value);

    /// <summary>One thing to destroy: an item of a list, or an entry in a bin.</summary>
    internal sealed record Target(ShredItem Item, WireRequest Operation, string? List, int ItemId, Guid? BinId);

    /// <summary>The round's verdicts (pure, from what was read).</summary>
    internal sealed record ShredPlan(IReadOnlyList<Target> Destroy, IReadOnlyList<ShredItem> Held, int Kept)
    {
        public static ShredPlan Create(RoundContent content, PnpSamtale.Core.Routines.Retention retention, AdminState admin, DateOnly today)
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
                var stamped = item is null ? (retention.Until == PnpSamtale.Core.Routines.RetentionUntil.RoundEnd ? content.Round.End : null) : AdminState.Day(item, Fields.TermEnd);
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

            foreach (var entry in Bin(content))
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
