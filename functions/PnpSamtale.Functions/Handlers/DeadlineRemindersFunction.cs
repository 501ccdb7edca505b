using Microsoft.Extensions.Options;
using PnpSamtale.Core.Calendar;
using PnpSamtale.Core.Text;
using PnpSamtale.Functions.Hosting;
using PnpSamtale.Functions.Protocol;
using PnpSamtale.Jobs.Reminders;

namespace PnpSamtale.Functions.Handlers;

/// <summary>
/// <c>DeadlineReminders</c> (timer, weekday mornings): the digest mails of the day. The schedule is in UTC at the two
/// hours that are 07:00 in Oslo in winter and in summer; the run before <see cref="HandlerOptions.RemindersFrom"/>
/// Oslo time does nothing, and the job itself skips weekends and Norwegian holidays. A second run the same day sends
/// only what is new.
/// </summary>
internal sealed class DeadlineRemindersFunction(DeadlineReminders job, DefinitionLibrary definitions, IOptions<HandlerOptions> options) : IFunction
{
    public string Name => "DeadlineReminders";

    public async Task<InvocationOutcome> RunAsync(Invocation invocation, InvocationContext context, CancellationToken cancellationToken)
    {
        var log = context.Log;
        log.Write(TimerTrigger.From(invocation.Binding("timer")).Describe());
        var oslo = OsloTime.ToOslo(context.Now);
        if (TimeOnly.FromTimeSpan(oslo.TimeOfDay) < options.Value.RemindersFrom)
        {
            log.Write($"Klokken er {oslo:HH:mm} i Oslo, før {options.Value.RemindersFrom:HH:mm}: påminnelsene går ved neste kjøring.");
            return InvocationOutcome.Success();
        }

        var run = await job.RunAsync(
            new ReminderRequest(definitions.Scope(), context.Now, options.Value.MailSender!) { Templates = definitions.Mail }, log, cancellationToken).ConfigureAwait(false);
        var day = NorwegianDates.ShortDateWithYear(run.Day);
        if (!run.IsBusinessDay)
        {
            log.Write($"{day} er ikke en virkedag: ingen påminnelser.");
            return InvocationOutcome.Success();
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

        return run.Failures.Count > 0 ? InvocationOutcome.Failure() : InvocationOutcome.Success();
    }
}
