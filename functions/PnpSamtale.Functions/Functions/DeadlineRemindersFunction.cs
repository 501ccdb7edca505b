using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Text;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Invocations;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Jobs.Reminders;

namespace PnpSamtale.Functions.Functions;

/// <summary>
/// <c>DeadlineReminders</c> (timer, weekday mornings): the digest mails of the day. The schedule is in UTC at the two
/// hours that are 07:00 in Oslo in winter and in summer; only the run in the hour from
/// <see cref="AppOptions.RemindersFrom"/> Oslo time sends (a past-due catch-up run later in the day too), and the
/// job itself skips weekends and Norwegian holidays. A second run the same day sends only what is new. Holds the active
/// rounds' leases while it runs; when another run holds one, it writes a line and skips (a past-due run catches up).
/// </summary>
internal sealed class DeadlineRemindersFunction(DeadlineReminders job, LeasedRunner runner, RoundLease lease, DefinitionLibrary definitions, IOptions<AppOptions> options, TimeProvider clock, ILogger<DeadlineRemindersFunction> logger)
{
    /// <summary>The schedule (UTC): 05:00 and 06:00 on weekdays.</summary>
    public const string Schedule = "0 0 5,6 * * 1-5";

    /// <summary>Runs once.</summary>
    [Function("DeadlineReminders")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var log = new InvocationLog(logger);
        log.Write(TimerDescription.Describe(timer));
        var now = clock.GetUtcNow();
        var oslo = OsloTime.ToOslo(now);
        var from = options.Value.RemindersFrom;
        var time = TimeOnly.FromTimeSpan(oslo.TimeOfDay);
        if (time < from)
        {
            log.Write($"Klokken er {oslo:HH:mm} i Oslo, før {from:HH:mm}: påminnelsene går ved neste kjøring.");
            return;
        }

        if (timer?.IsPastDue != true && time >= from.AddHours(1))
        {
            // In summer the schedule's second hour is 08:00 in Oslo: the 07:00 run has sent the day's digests.
            log.Write($"Klokken er {oslo:HH:mm} i Oslo: dagens påminnelser gikk ved {from:HH:mm}-kjøringen.");
            return;
        }

        var scope = definitions.Scope();
        var run = await LeasedRuns.RunOrSkipAsync(runner, lease, scope, "DeadlineReminders", activeOnly: true, log,
            stop => job.RunAsync(new ReminderRequest(scope, now, options.Value.MailSender!) { Templates = definitions.Mail }, log, stop), cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return;
        }

        var day = NorwegianDates.ShortDateWithYear(run.Day);
        if (!run.IsBusinessDay)
        {
            log.Write($"{day} er ikke en virkedag: ingen påminnelser.");
            return;
        }

        foreach (var round in run.Rounds)
        {
            log.Write(round.Summary());
        }

        log.Write($"{day}: sendt {run.Digests.Count} e-post(er) med {run.Digests.Sum(d => d.Notices.Count)} varsler; {run.Failures.Count} feilet.");
        foreach (var failure in run.Failures)
        {
            log.Error(failure);
        }

        if (run.Failures.Count > 0)
        {
            throw new JobFailedException($"DeadlineReminders: {run.Failures.Count} varsler feilet.");
        }
    }
}
