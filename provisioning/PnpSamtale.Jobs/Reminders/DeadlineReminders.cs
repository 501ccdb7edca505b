using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>
/// The <c>DeadlineReminders</c> job (once per business day): reads every active round, works out who should hear about
/// what today (<see cref="ReminderPlanner"/>) and delivers each recipient one digest a day, exactly once as far as Graph
/// allows. A digest is an intent in <c>Varsler</c> before it is a mail: its record (<c>Reservert</c>) and its notices'
/// records are claimed by keyed adds, then its mail is created as a draft carrying the digest's key, the record says
/// <c>Utkast</c>, the draft is sent and the record says <c>Sendt</c>. A run that stops anywhere leaves a digest that the
/// next run finishes from what the mailbox holds under its key (<see cref="DeliveryPlanner"/>): nothing is lost, and
/// nothing is sent twice.
/// </summary>
public sealed class DeadlineReminders
{
    /// <summary>Digests per chunk: claimed together, then drafted and sent in full Graph batches of 20.</summary>
    public const int ChunkSize = 200;

    private readonly SiteContentReader reader;
    private readonly NoticeLedgerWriter writer;
    private readonly DigestMailer mailer;
    private readonly RetryBudget budget;

    /// <summary>Creates the job.</summary>
    public DeadlineReminders(SiteContentReader reader, KeyedItemClient keyed, ItemBatchClient items, MailboxClient mailbox, RetryBudget budget)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(keyed);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(budget);
        this.reader = reader;
        writer = new NoticeLedgerWriter(keyed, items);
        mailer = new DigestMailer(mailbox);
        this.budget = budget;
    }

    /// <summary>Runs the job.</summary>
    public async Task<ReminderRun> RunAsync(ReminderRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var waiting = budget.Begin(request.RetryBudget);
        var scope = request.Scope;
        var today = OsloTime.Day(request.Now);
        if (today.DayOfWeek == DayOfWeek.Sunday || NorwegianHolidays.IsHoliday(today))
        {
            // No routine counts Sundays or holidays as business days: nothing to read.
            return new ReminderRun(today, false, [], [], []);
        }

        var noticesList = scope.AdminList(ListRole.Notices);
        var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
        var active = admin.Rounds.Where(r => r.IsActive).ToList();
        var ledger = await ReadLedgerAsync(scope, admin, noticesList, active, cancellationToken).ConfigureAwait(false);
        var (rounds, due, businessDay) = await PlanNoticesAsync(scope, admin, active, today, progress, cancellationToken).ConfigureAwait(false);
        if (!businessDay && active.Count > 0)
        {
            return new ReminderRun(today, false, [.. rounds.Select(r => r.Summary)], [], []);
        }

        var failures = new List<string>();
        var evidence = request.DryRun ? null
            : await mailer.LookUpAsync(request.MailSender, [.. ledger.Unfinished.Select(d => d.Key)], failures, cancellationToken).ConfigureAwait(false);
        var plan = DeliveryPlanner.Plan(ledger, evidence, [.. due], today, upn => DigestKey.For(scope.AdminSite, upn, today));
        var summaries = rounds.Select(r => Count(r, plan)).ToList();
        Recipient RecipientOf(string upn) => admin.Person(upn) is { } p ? new Recipient(upn, p.Name, p.Language) : new Recipient(upn, upn, Language.Norwegian);
        if (request.DryRun)
        {
            var planned = plan.Actions.Where(a => a.Step == DigestStep.Compose)
                .Select(a => DigestComposer.For(RecipientOf(a.RecipientUpn), a.Day, [.. a.Carried, .. a.ToClaim], request.Templates));
            return new ReminderRun(today, true, summaries, [.. planned], []);
        }

        var noticesId = admin.Content.ListId(noticesList)
            ?? throw new InvalidOperationException($"The admin site {scope.AdminSite} has no '{noticesList}' list; provision a round first.");
        var delivery = new Delivery(scope.AdminSite, noticesId, request, RecipientOf, failures);
        await DeliverAsync(plan, delivery, progress, cancellationToken).ConfigureAwait(false);
        return new ReminderRun(today, true, summaries, delivery.Sent, failures) { Confirmed = delivery.Confirmed, Unconfirmed = delivery.Unconfirmed };
    }

    private async Task<NoticeLedger> ReadLedgerAsync(JobScope scope, AdminState admin, string noticesList, List<RoundEntry> active, CancellationToken cancellationToken)
    {
        if (admin.Content.ListId(noticesList) is null)
        {
            return NoticeLedger.Empty;
        }

        var reads = NoticeLedger.Reads(noticesList, active.Select(r => r.Term));
        var answers = await reader.ReadManyAsync(scope.AdminSite, reads, cancellationToken).ConfigureAwait(false);
        return NoticeLedger.From(answers, active.Count, admin.Content);
    }

    private async Task<(List<(RoundReminders Summary, List<ReminderNotice> Notices)> Rounds, List<ReminderNotice> Due, bool BusinessDay)> PlanNoticesAsync(
        JobScope scope, AdminState admin, List<RoundEntry> active, DateOnly today, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var rounds = new List<(RoundReminders, List<ReminderNotice>)>();
        var businessDay = false;
        foreach (var round in active)
        {
            if (scope.Routines(round.RoutineId) is not { } routine)
            {
                rounds.Add((new RoundReminders(round.Term, 0, 0, $"rutinen '{round.RoutineId}' finnes ikke"), []));
                continue;
            }

            if (!new BusinessCalendar(routine.Calendar).IsBusinessDay(today))
            {
                continue;
            }

            businessDay = true;

            // The deadlines are the design's — routine, term, the dates the OU set and the roster in Verv — never the
            // Frist a holder can edit in the round site.
            var planned = Planner.Create(new PlanRequest(routine, Term.Parse(round.Term)) { SetDates = round.SetDates, Roster = admin.ToRoster(scope.Blueprint.Admin.Title) });
            if (planned.Plan is not { } plan)
            {
                rounds.Add((new RoundReminders(round.Term, 0, 0, $"runden kan ikke planlegges ({string.Join("; ", planned.Errors)})"), []));
                continue;
            }

            progress?.Report($"{round.Term}: leser {round.Site.AbsoluteUri}");
            var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken).ConfigureAwait(false);
            var notices = ReminderPlanner.Plan(content.Facts(plan), role => admin.Holders(role, today), today);
            rounds.Add((new RoundReminders(round.Term, 0, 0, null), [.. notices]));
        }

        return (rounds, [.. rounds.SelectMany(r => r.Item2)], businessDay);
    }

    private static RoundReminders Count((RoundReminders Summary, List<ReminderNotice> Notices) round, DeliveryPlan plan)
    {
        if (round.Summary.Problem is not null)
        {
            return round.Summary;
        }

        int Of(NoticeStanding standing) => round.Notices.Count(n => plan.Standing.TryGetValue(n.Key, out var s) && s == standing);
        return round.Summary with { Notices = Of(NoticeStanding.Claimed), AlreadySent = Of(NoticeStanding.Recorded), Deferred = Of(NoticeStanding.Deferred) };
    }

    /// <summary>Releases what the plan releases, records what Sent Items confirms, then delivers the digests chunk by chunk.</summary>
    private async Task DeliverAsync(DeliveryPlan plan, Delivery delivery, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var released = await writer.ReleaseAsync(delivery.Site, delivery.ListId, [.. plan.Actions.Where(a => a.Release.Count > 0)], delivery.Failures, cancellationToken).ConfigureAwait(false);
        var confirmed = plan.Actions.Where(a => a.Step == DigestStep.Confirm).ToList();
        delivery.Failures.AddRange(confirmed.Where(a => a.SentCopies > 1).Select(a => $"{a.Key}: ligger {a.SentCopies} ganger i Sendte elementer."));
        var unmarked = await writer.MarkAsync(delivery.Site, delivery.ListId, DigestStatus.Sent, [.. confirmed.Select(a => a.RecordId!.Value)], delivery.Failures, cancellationToken).ConfigureAwait(false);
        delivery.Confirmed.AddRange(confirmed.Where(a => !unmarked.Contains(a.RecordId!.Value)).Select(a => a.Key));
        var awaiting = plan.Actions.Where(a => a.Step == DigestStep.AwaitSentItems).ToList();
        delivery.Unconfirmed.AddRange(awaiting.Select(a => a.Key));

        // A copy late by a day is not Sent Items' delay: the draft or the copy was deleted by hand. Only a person can tell
        // whether it went; deleting the digest's records in Varsler lets the next run send its notices again.
        delivery.Failures.AddRange(awaiting.Where(a => a.Day < OsloTime.Day(delivery.Request.Now)).Select(a =>
            $"{a.Key}: utkastet er borte fra Utkast, men sammendraget finnes ikke i Sendte elementer; sjekk postboksen, og slett sammendragets registreringer i Varsler om det ikke gikk."));

        var deliverable = plan.Actions.Where(a => a.Step is DigestStep.Compose or DigestStep.SendDraft && !released.Contains(a.Key)).ToList();
        foreach (var chunk in deliverable.Chunk(ChunkSize))
        {
            await DeliverChunkAsync(chunk, delivery, cancellationToken).ConfigureAwait(false);
            progress?.Report($"Sendt {delivery.Sent.Count} av {deliverable.Count} e-poster");
        }
    }

    /// <summary>Claim, draft, <c>Utkast</c>, send, <c>Sendt</c> — each step only for what the one before it got done.</summary>
    private async Task DeliverChunkAsync(IReadOnlyList<DigestAction> chunk, Delivery delivery, CancellationToken cancellationToken)
    {
        var (site, list, request) = (delivery.Site, delivery.ListId, delivery.Request);
        var composing = chunk.Where(a => a.Step == DigestStep.Compose).ToList();
        var claimed = await writer.ClaimAsync(site, list, composing, delivery.Failures, cancellationToken).ConfigureAwait(false);
        var composed = composing
            .Where(a => claimed.TryGetValue(a.Key, out var c) && c.Notices.Count > 0)
            .Select(a => (a.Key, Digest: DigestComposer.For(delivery.RecipientOf(a.RecipientUpn), a.Day, claimed[a.Key].Notices, request.Templates)))
            .ToList();
        var drafts = await mailer.CreateDraftsAsync(request.MailSender, composed, delivery.Failures, cancellationToken).ConfigureAwait(false);

        var outgoing = composed.Where(c => drafts.ContainsKey(c.Key))
            .Select(c => new Outgoing(c.Key, claimed[c.Key].RecordId, DigestStatus.Reserved, drafts[c.Key], c.Digest))
            .Concat(chunk.Where(a => a.Step == DigestStep.SendDraft).Select(a => new Outgoing(a.Key, a.RecordId!.Value, a.Status, a.DraftId!,
                DigestComposer.For(delivery.RecipientOf(a.RecipientUpn), a.Day, a.Carried, request.Templates))))
            .ToList();
        var unmarked = await writer.MarkAsync(site, list, DigestStatus.Drafted, [.. outgoing.Where(o => o.Status == DigestStatus.Reserved).Select(o => o.RecordId)], delivery.Failures, cancellationToken).ConfigureAwait(false);
        outgoing.RemoveAll(o => unmarked.Contains(o.RecordId));

        var sent = await mailer.SendAsync(request.MailSender, [.. outgoing.Select(o => (o.Key, o.DraftId))], delivery.Failures, cancellationToken).ConfigureAwait(false);
        var done = outgoing.Where(o => sent.Sent.Contains(o.Key) || sent.Confirmed.Contains(o.Key)).ToList();
        var notRecorded = await writer.MarkAsync(site, list, DigestStatus.Sent, [.. done.Select(o => o.RecordId)], delivery.Failures, cancellationToken).ConfigureAwait(false);

        // A digest sent but not recorded is still reported: the mail went. The next run finds it in Sent Items and records it.
        delivery.Sent.AddRange(outgoing.Where(o => sent.Sent.Contains(o.Key)).Select(o => o.Digest));
        delivery.Confirmed.AddRange(outgoing.Where(o => sent.Confirmed.Contains(o.Key) && !notRecorded.Contains(o.RecordId)).Select(o => o.Key));
        delivery.Unconfirmed.AddRange(outgoing.Where(o => sent.Unconfirmed.Contains(o.Key)).Select(o => o.Key));
    }

    /// <summary>A digest on its way out: its record, its recorded state, its draft and (for the report) its content.</summary>
    private sealed record Outgoing(DigestKey Key, int RecordId, DigestStatus Status, string DraftId, Digest Digest);

    /// <summary>Where a run delivers to, with what, and what came of it.</summary>
    private sealed record Delivery(Uri Site, Guid ListId, ReminderRequest Request, Func<string, Recipient> RecipientOf, List<string> Failures)
    {
        public List<Digest> Sent { get; } = [];

        public List<DigestKey> Confirmed { get; } = [];

        public List<DigestKey> Unconfirmed { get; } = [];
    }
}
