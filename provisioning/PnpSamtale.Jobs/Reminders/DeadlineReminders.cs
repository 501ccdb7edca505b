using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Jobs.Reading;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Mail;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>What to run the reminder job with.</summary>
/// <param name="Scope">Blueprint, tenant and routines.</param>
/// <param name="Now">The moment of the run; its Oslo day is the day reminded about.</param>
/// <param name="MailSender">The mailbox the digests are sent from (Graph <c>sendMail</c>).</param>
public sealed record ReminderRequest(JobScope Scope, DateTimeOffset Now, string MailSender)
{
    /// <summary>Work out and report the digests, but write and send nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The mail texts.</summary>
    public MailTemplates Templates { get; init; } = MailTemplates.Default;

    /// <summary>
    /// How long the run may wait on throttling in total (<see cref="RetryBudget"/>). Default 10 minutes: the day's mail
    /// goes out within the hour after 07:00 Oslo time.
    /// </summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>What one round contributed to a reminder run.</summary>
/// <param name="Term">The round.</param>
/// <param name="Notices">Notices due today that had not been sent.</param>
/// <param name="AlreadySent">Notices due today that <c>Varsler</c> says were sent before.</param>
/// <param name="Problem">Why the round was skipped, if it was.</param>
public sealed record RoundReminders(string Term, int Notices, int AlreadySent, string? Problem)
{
    /// <summary>One line for a log (Norwegian), as the CLI and the Functions app print it.</summary>
    public string Summary() => Problem is { } problem
        ? $"Runde {Term}: hoppet over – {problem}."
        : $"Runde {Term}: {Core.Text.NorwegianNouns.NewNotice.Count(Notices)}, {AlreadySent} sendt tidligere.";
}

/// <summary>What a reminder run did.</summary>
/// <param name="Day">The Oslo day.</param>
/// <param name="IsBusinessDay">Whether it was a Norwegian business day (if not, nothing was read or sent).</param>
/// <param name="Rounds">Per active round.</param>
/// <param name="Digests">The digests sent (or, in a dry run, that would be).</param>
/// <param name="Failures">Digests that could not be sent; their notices stay unsent for the next run.</param>
public sealed record ReminderRun(DateOnly Day, bool IsBusinessDay, IReadOnlyList<RoundReminders> Rounds, IReadOnlyList<Digest> Digests, IReadOnlyList<string> Failures);

/// <summary>
/// The <c>DeadlineReminders</c> job (once per business day): reads every active round, works out who should hear
/// about what today (<see cref="ReminderPlanner"/>), leaves out what <c>Varsler</c> says was sent, and sends one
/// digest per person. Each notice is recorded in <c>Varsler</c> before its mail goes out and the record is removed
/// again if the mail is refused, so a second run never sends a notice twice; a run that dies between recording and
/// sending loses that day's mail for at most one chunk of people rather than sending it twice.
/// </summary>
public sealed class DeadlineReminders(SiteContentReader reader, ItemBatchClient items, MailClient mail, RetryBudget budget)
{
    /// <summary>Digests per chunk: recorded together, then sent in full Graph batches of 20.</summary>
    public const int ChunkSize = 200;

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

        var admin = await AdminState.ReadAsync(reader, scope, [], cancellationToken).ConfigureAwait(false);
        var noticesList = scope.AdminList(ListRole.Notices);
        var active = admin.Rounds.Where(r => r.IsActive).ToList();
        var sent = await SentAsync(scope, noticesList, active, cancellationToken).ConfigureAwait(false);

        var rounds = new List<RoundReminders>();
        var due = new List<ReminderNotice>();
        var businessDay = false;
        foreach (var round in active)
        {
            if (scope.Routines(round.RoutineId) is not { } routine)
            {
                rounds.Add(new RoundReminders(round.Term, 0, 0, $"rutinen '{round.RoutineId}' finnes ikke"));
                continue;
            }

            if (!new BusinessCalendar(routine.Calendar).IsBusinessDay(today))
            {
                continue;
            }

            businessDay = true;
            progress?.Report($"{round.Term}: leser {round.Site.AbsoluteUri}");
            var content = await RoundContent.ReadAsync(reader, scope, round, cancellationToken).ConfigureAwait(false);
            var facts = content.Facts(routine);
            var notices = ReminderPlanner.Plan(facts, role => admin.Holders(role, today), today);
            var fresh = notices.Where(n => !sent.Contains(n.Key)).ToList();
            due.AddRange(fresh);
            rounds.Add(new RoundReminders(round.Term, fresh.Count, notices.Count - fresh.Count, null));
        }

        if (!businessDay && active.Count > 0)
        {
            return new ReminderRun(today, false, rounds, [], []);
        }

        Recipient RecipientOf(string upn) => admin.Person(upn) is { } p ? new Recipient(upn, p.Name, p.Language) : new Recipient(upn, upn, Language.Norwegian);
        var digests = DigestComposer.Compose(due, RecipientOf, today, request.Templates);
        if (request.DryRun || digests.Count == 0)
        {
            return new ReminderRun(today, true, rounds, digests, []);
        }

        var noticesId = admin.Content.ListId(noticesList)
            ?? throw new InvalidOperationException($"The admin site {scope.AdminSite} has no '{noticesList}' list; provision a round first.");
        var delivered = new List<Digest>();
        var failures = new List<string>();
        foreach (var chunk in digests.Chunk(ChunkSize))
        {
            var (toSend, claims) = await ClaimAsync(scope.AdminSite, noticesId, chunk, today, RecipientOf, request.Templates, failures, cancellationToken).ConfigureAwait(false);
            var results = await mail.SendMailsAsync([.. toSend.Select(d => Mail(request.MailSender, d))], cancellationToken).ConfigureAwait(false);
            var release = new List<int>();
            foreach (var result in results)
            {
                var digest = toSend[result.Index];
                if (result.Succeeded)
                {
                    delivered.Add(digest);
                }
                else
                {
                    failures.Add($"{digest.Recipient.Upn}: {result.Error}");
                    release.AddRange(digest.Notices.Select(n => claims[n.Key]));
                }
            }

            if (release.Count > 0)
            {
                await items.DeleteItemsAsync(scope.AdminSite, noticesId, release, cancellationToken).ConfigureAwait(false);
            }

            progress?.Report($"Sendt {delivered.Count} av {digests.Count} e-poster");
        }

        return new ReminderRun(today, true, rounds, delivered, failures);
    }

    /// <summary>The title, type and values of a notice's record in <c>Varsler</c>.</summary>
    public static IReadOnlyList<FormValue> Record(ReminderNotice notice, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var type = notice.Kind switch
        {
            NoticeKind.Escalation => "Eskalering",
            NoticeKind.Chase or NoticeKind.ChaseCopy => "Purring",
            _ => "Påminnelse",
        };
        return
        [
            FormValue.Text(Fields.Title, $"{type} {notice.Step}"),
            FormValue.Text(Fields.NoticeKey, notice.Key),
            FormValue.Text(Fields.Round, notice.Round),
            FormValue.Text(Fields.Recipient, notice.RecipientUpn),
            FormValue.Date(Fields.NoticeDate, day),
            FormValue.Text(Fields.NoticeType, type),
        ];
    }

    private async Task<HashSet<string>> SentAsync(JobScope scope, string noticesList, List<RoundEntry> active, CancellationToken cancellationToken)
    {
        if (active.Count == 0)
        {
            return [];
        }

        var reads = active.Select(r => new ListRead(noticesList, [Fields.NoticeKey], $"{Fields.Round} eq {ItemFilter.Text(r.Term)}")).ToList();
        var content = await reader.ReadManyAsync(scope.AdminSite, reads, cancellationToken).ConfigureAwait(false);
        return content.SelectMany(list => list).Select(i => i.GetString(Fields.NoticeKey)).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private async Task<(List<Digest> ToSend, Dictionary<string, int> Claims)> ClaimAsync(
        Uri admin, Guid noticesId, IReadOnlyList<Digest> chunk, DateOnly today, Func<string, Recipient> recipient, MailTemplates templates, List<string> failures, CancellationToken cancellationToken)
    {
        var notices = chunk.SelectMany(d => d.Notices).ToList();
        var results = await items.AddItemsAsync(admin, noticesId, [.. notices.Select(n => Record(n, today))], cancellationToken).ConfigureAwait(false);
        var claims = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result is { Succeeded: true, Value: { Succeeded: true } written })
            {
                claims[notices[result.Index].Key] = written.ItemId;
            }
            else
            {
                // Most likely recorded by another run a moment ago (the key is unique): not ours to send.
                failures.Add($"{notices[result.Index].Key}: ikke registrert i Varsler ({result.Error?.Message ?? "verdiene ble avvist"})");
            }
        }

        var kept = notices.Where(n => claims.ContainsKey(n.Key));
        return ([.. DigestComposer.Compose(kept, recipient, today, templates)], claims);
    }

    private static OutgoingMail Mail(string sender, Digest digest) =>
        new(sender, new MailMessage(digest.Subject, MailContentType.Text, digest.Body, [new MailRecipient(digest.Recipient.Upn, digest.Recipient.Name)]));
}
