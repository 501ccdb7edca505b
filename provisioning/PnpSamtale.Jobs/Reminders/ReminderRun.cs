using PnpSamtale.Core.Text;
using PnpSamtale.Jobs.Reading;

namespace PnpSamtale.Jobs.Reminders;

/// <summary>What to run the reminder job with.</summary>
/// <param name="Scope">Blueprint, tenant and routines.</param>
/// <param name="Now">The moment of the run; its Oslo day is the day reminded about.</param>
/// <param name="MailSender">The mailbox the digests are sent from (its Drafts and Sent Items hold their keys).</param>
public sealed record ReminderRequest(JobScope Scope, DateTimeOffset Now, string MailSender)
{
    /// <summary>Work out and report the digests, but write and send nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The mail texts.</summary>
    public MailTemplates Templates { get; init; } = MailTemplates.Default;

    /// <summary>
    /// How long the run may wait on throttling in total (<see cref="SharePoint.Handlers.RetryBudget"/>). Default 10
    /// minutes: the day's mail goes out within the hour after 07:00 Oslo time.
    /// </summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>What one round contributed to a reminder run.</summary>
/// <param name="Term">The round.</param>
/// <param name="Notices">Notices due today claimed by this run for today's digests.</param>
/// <param name="AlreadySent">Notices due today that <c>Varsler</c> says were claimed before (sent, or in a digest under way).</param>
/// <param name="Problem">Why the round was skipped, if it was.</param>
public sealed record RoundReminders(string Term, int Notices, int AlreadySent, string? Problem)
{
    /// <summary>
    /// Notices that became due after their recipient's digest of the day had its mail: they wait for the next digest
    /// (one mail a day), where they come again if they are still due.
    /// </summary>
    public int Deferred { get; init; }

    /// <summary>One line for a log (Norwegian), as the CLI and the Functions app print it.</summary>
    public string Summary() => Problem is { } problem
        ? $"Runde {Term}: hoppet over – {problem}."
        : $"Runde {Term}: {NorwegianNouns.NewNotice.Count(Notices)}, {AlreadySent} sendt tidligere{(Deferred > 0 ? $", {Deferred} venter til neste sammendrag" : string.Empty)}.";
}

/// <summary>What a reminder run did.</summary>
/// <param name="Day">The Oslo day.</param>
/// <param name="IsBusinessDay">Whether it was a Norwegian business day (if not, nothing was read or sent).</param>
/// <param name="Rounds">Per active round.</param>
/// <param name="Digests">The digests this run sent (or, in a dry run, would send): one mail each.</param>
/// <param name="Failures">What could not be done; what it concerns stays recorded for the next run, which finishes it.</param>
public sealed record ReminderRun(DateOnly Day, bool IsBusinessDay, IReadOnlyList<RoundReminders> Rounds, IReadOnlyList<Digest> Digests, IReadOnlyList<string> Failures)
{
    /// <summary>Digests an earlier run sent without recording it (its answer or the run was lost): found in Sent Items, recorded now, not sent again.</summary>
    public IReadOnlyList<DigestKey> Confirmed { get; init; } = [];

    /// <summary>
    /// Digests whose draft has left Drafts but whose copy is not in Sent Items (yet): they may have gone, so nothing is
    /// sent; the next run asks the mailbox again.
    /// </summary>
    public IReadOnlyList<DigestKey> Unconfirmed { get; init; } = [];
}
