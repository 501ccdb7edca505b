using PnpSamtale.Core.Reminders;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>What the mailbox holds under a digest's key.</summary>
/// <param name="SentCopies">Messages in Sent Items carrying it (more than one: it went more than once).</param>
/// <param name="Drafts">Drafts carrying it (immutable ids, newest first).</param>
internal sealed record MailEvidence(int SentCopies, IReadOnlyList<string> Drafts);

/// <summary>The step a run takes with a digest.</summary>
internal enum DigestStep
{
    /// <summary>Its mail is in Sent Items: record it sent; nothing is sent.</summary>
    Confirm,

    /// <summary>Its draft is in Drafts, so it did not go: send that draft (after recording <c>Utkast</c>).</summary>
    SendDraft,

    /// <summary>No mail of it exists: claim its notices, create its draft, record <c>Utkast</c>, send, record <c>Sendt</c>.</summary>
    Compose,

    /// <summary>An earlier day's digest of which no mail exists: delete its records; what is still due goes in today's.</summary>
    Release,

    /// <summary>Its draft left Drafts but no copy is in Sent Items (yet): it may have gone, so nothing is sent; asked again next run.</summary>
    AwaitSentItems,
}

/// <summary>One digest and what this run does with it.</summary>
/// <param name="Step">What to do.</param>
/// <param name="Key">The digest's key.</param>
/// <param name="RecipientUpn">To whom.</param>
/// <param name="Day">Its day.</param>
internal sealed record DigestAction(DigestStep Step, DigestKey Key, string RecipientUpn, DateOnly Day)
{
    /// <summary>The digest's record, or <c>null</c> when it is to be added (a new digest).</summary>
    public int? RecordId { get; init; }

    /// <summary>Its state as recorded.</summary>
    public DigestStatus Status { get; init; } = DigestStatus.Reserved;

    /// <summary>Notices claimed for it before that are due today: its content, with <see cref="ToClaim"/>.</summary>
    public IReadOnlyList<ReminderNotice> Carried { get; init; } = [];

    /// <summary>Notices to claim for it now (<see cref="DigestStep.Compose"/> only).</summary>
    public IReadOnlyList<ReminderNotice> ToClaim { get; init; } = [];

    /// <summary>Records of notices to delete first: claimed for it but no longer due (or, to release it, all of them).</summary>
    public IReadOnlyList<int> Release { get; init; } = [];

    /// <summary>The draft to send (<see cref="DigestStep.SendDraft"/>).</summary>
    public string? DraftId { get; init; }

    /// <summary>Copies found in Sent Items (<see cref="DigestStep.Confirm"/>).</summary>
    public int SentCopies { get; init; }
}

/// <summary>Where a notice due today stands after planning.</summary>
internal enum NoticeStanding
{
    /// <summary>Claimed now, for a digest of today.</summary>
    Claimed,

    /// <summary>Claimed by an earlier run (its digest went, or is under way).</summary>
    Recorded,

    /// <summary>Its recipient's digest of today has gone (or its content is fixed): it waits for the next digest.</summary>
    Deferred,
}

/// <summary>The run's digests and where each notice due today stands.</summary>
/// <param name="Actions">One per digest, by recipient and day.</param>
/// <param name="Standing">By notice key.</param>
internal sealed record DeliveryPlan(IReadOnlyList<DigestAction> Actions, IReadOnlyDictionary<string, NoticeStanding> Standing);

/// <summary>
/// Decides, without I/O, what a run does with each digest (exactly one mail per recipient and day):
/// <list type="bullet">
/// <item>a digest under way whose key is in Sent Items is recorded sent; one whose draft is in Drafts gets that draft sent;</item>
/// <item>one in neither folder that got as far as <c>Utkast</c> may have gone — its copy may show in Sent Items late — so it is
/// left and asked about again (never guessed, never sent twice);</item>
/// <item>one in neither folder still <c>Reservert</c> never had a mail: today's is composed (its claimed notices still due,
/// plus the recipient's new ones; claims no longer due are released), an earlier day's is released so its notices, if
/// still due, join today's;</item>
/// <item>a recipient with new notices and no digest today gets one; a recipient whose digest of today exists with a mail
/// (sent, or its draft written) keeps that one: the new notices wait for the next digest — a second mail the same day
/// would break "one digest a day", and a notice folded into a digest whose mail exists would be recorded sent without
/// having been in it.</item>
/// </list>
/// Without evidence (a dry run, or a search that failed) a digest under way is left as it is.
/// </summary>
internal static class DeliveryPlanner
{
    /// <summary>Plans the run.</summary>
    /// <param name="ledger">What <c>Varsler</c> says.</param>
    /// <param name="evidence">What the mailbox holds for each digest under way; <c>null</c> in a dry run.</param>
    /// <param name="notices">The notices due today, every round.</param>
    /// <param name="today">The Oslo day.</param>
    /// <param name="keyOf">The key of a recipient's digest of today.</param>
    public static DeliveryPlan Plan(NoticeLedger ledger, IReadOnlyDictionary<DigestKey, MailEvidence>? evidence, IReadOnlyList<ReminderNotice> notices, DateOnly today, Func<string, DigestKey> keyOf)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(keyOf);
        var actions = new Dictionary<DigestKey, DigestAction>();
        foreach (var digest in ledger.Unfinished)
        {
            if (evidence is not null && evidence.TryGetValue(digest.Key, out var found) && Resolve(digest, found, today) is { } action)
            {
                actions[digest.Key] = action;
            }
        }

        var standing = new Dictionary<string, NoticeStanding>(StringComparer.Ordinal);
        var fresh = new List<ReminderNotice>();
        var carried = new Dictionary<DigestKey, List<ReminderNotice>>();
        foreach (var notice in notices)
        {
            var record = ledger.Notice(notice.Key);
            if (record is null || (record.Digest is { } released && actions.GetValueOrDefault(released)?.Step == DigestStep.Release))
            {
                fresh.Add(notice);
                continue;
            }

            standing[notice.Key] = NoticeStanding.Recorded;
            if (record.Digest is { } digest && actions.ContainsKey(digest))
            {
                (carried.TryGetValue(digest, out var list) ? list : carried[digest] = []).Add(notice);
            }
        }

        foreach (var (key, list) in carried)
        {
            actions[key] = actions[key] with { Carried = list };
        }

        foreach (var group in fresh.GroupBy(n => n.RecipientUpn, StringComparer.OrdinalIgnoreCase))
        {
            var key = keyOf(group.Key);
            if (actions.GetValueOrDefault(key) is { Step: DigestStep.Compose } open)
            {
                actions[key] = open with { ToClaim = [.. group] };
            }
            else if (ledger.HasDigest(group.Key, today) || actions.ContainsKey(key))
            {
                foreach (var notice in group)
                {
                    standing[notice.Key] = NoticeStanding.Deferred;
                }

                continue;
            }
            else
            {
                actions[key] = new DigestAction(DigestStep.Compose, key, group.Key.ToLowerInvariant(), today) { ToClaim = [.. group] };
            }

            foreach (var notice in group)
            {
                standing[notice.Key] = NoticeStanding.Claimed;
            }
        }

        foreach (var action in actions.Values.Where(a => a is { Step: DigestStep.Compose, RecordId: not null }).ToList())
        {
            actions[action.Key] = Settle(action, ledger.Digest(action.Key)!);
        }

        var ordered = actions.Values.OrderBy(a => a.Day).ThenBy(a => a.RecipientUpn, StringComparer.Ordinal).ThenBy(a => a.Key.Value, StringComparer.Ordinal).ToList();
        return new DeliveryPlan(ordered, standing);
    }

    /// <summary>
    /// Today's digest that never had a mail, composed again: claims no longer due are released; with nothing left to
    /// carry, the digest itself is released.
    /// </summary>
    private static DigestAction Settle(DigestAction action, UnfinishedDigest digest)
    {
        var due = action.Carried.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var stale = digest.Members.Where(m => !due.Contains(m.Key)).Select(m => m.ItemId).ToList();
        return action.Carried.Count + action.ToClaim.Count == 0
            ? action with { Step = DigestStep.Release, Release = stale }
            : action with { Release = stale };
    }

    private static DigestAction? Resolve(UnfinishedDigest digest, MailEvidence found, DateOnly today)
    {
        var action = new DigestAction(DigestStep.Confirm, digest.Key, digest.RecipientUpn, digest.Day) { RecordId = digest.ItemId, Status = digest.Status };
        if (found.SentCopies > 0)
        {
            return action with { SentCopies = found.SentCopies };
        }

        if (found.Drafts.Count > 0)
        {
            return action with { Step = DigestStep.SendDraft, DraftId = found.Drafts[0] };
        }

        if (digest.Status == DigestStatus.Drafted)
        {
            return action with { Step = DigestStep.AwaitSentItems };
        }

        // Reserved, and no mail of it anywhere: it never had one. Today's is composed; an earlier day's is released (its
        // notices are that day's, and what is still due is today's). One dated later than today (a clock set back) waits.
        return digest.Day == today ? action with { Step = DigestStep.Compose }
            : digest.Day < today ? action with { Step = DigestStep.Release, Release = [.. digest.Members.Select(m => m.ItemId)] }
            : null;
    }
}
