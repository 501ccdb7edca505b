using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Text;
using PnpSamtale.Jobs;
using PnpSamtale.Jobs.Leases;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Jobs.Shredding;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale jobs reminders|shred</c>: run a timer job once, as the Functions app does on its schedule.</summary>
internal static class JobsCommand
{
    public static Command Create(CliContext context, TemplatesOption templates)
    {
        return new Command("jobs", "Run a timer job once against the rounds in the admin site's registry (the local tenant unless --tenant is given).")
        {
            Reminders(context, templates),
            Shred(context, templates),
        };
    }

    private static Option<string> NowOption() => new("--now")
    {
        Description = "Run as if it were this moment: an ISO 8601 time with its offset, e.g. 2026-11-20T07:00+01:00 or 2026-11-20T06:00Z, an Oslo time, 2026-11-20T07:00, or a date, 2026-11-20 (07:00 Oslo). On the local tenant its clock is set to it too. Default: now.",
    };

    private static Command Reminders(CliContext context, TemplatesOption library)
    {
        var now = NowOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the digests that would be sent; send and record nothing." };
        var sender = new Option<string>("--mail-sender") { Description = "The mailbox the digests are sent from (Graph sendMail); default Samtale__MailSender, on the local tenant the site owner." };
        var templates = new Option<string>("--mail-templates") { Description = "The digest texts (YAML, nb and en); default mail/digest.yaml in --templates, else the shipped one." };
        var shared = SharedOptions.Create(library);
        var command = new Command("reminders", "DeadlineReminders: one digest mail per person with what is due within the routine's lead time, due today or overdue (process steps, every conversation step per pair, measures); chases partners who have not confirmed (copy to the holder) and escalates to the routine's escalation role after its number of business days. Nothing on weekends and holidays; a second run the same day sends nothing new.")
        {
            now, dryRun, sender, templates,
        };
        shared.AddWithRoutines(command);
        command.SetAction(result => RemindersAsync(result, Clocked(result, now, context), shared, dryRun, sender, templates).GetAwaiter().GetResult());
        return command;
    }

    private static Command Shred(CliContext context, TemplatesOption library)
    {
        var now = NowOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would be destroyed and what is held; change nothing." };
        var shared = SharedOptions.Create(library);
        var command = new Command("shred", "ShredExpiredForms: permanently destroys the forms and measures whose partner's term (Verv) has ended, plus the routine's grace days, unless on legal hold; empties them from both recycle bins, verifies they are gone and writes a deletion receipt (counts and a SHA-256, no names) to Logg.")
        {
            now, dryRun,
        };
        shared.AddWithRoutines(command);
        command.SetAction(result => ShredAsync(result, Clocked(result, now, context), shared, dryRun).GetAwaiter().GetResult());
        return command;
    }

    /// <summary>The context with its clock stopped at <c>--now</c>, if given.</summary>
    public static CliContext Clocked(ParseResult result, Option<string> now, CliContext context) =>
        result.GetValue(now) is { } text ? context with { Clock = new FixedClock(Inputs.Now("--now", text)) } : context;

    private static async Task<int> RemindersAsync(ParseResult result, CliContext context, SharedOptions shared, Option<bool> dryRunOption, Option<string> senderOption, Option<string> templatesOption)
    {
        var own = shared.Library(result).Own is { } folder && File.Exists(Path.Combine(folder, TemplateLibrary.Mail)) ? Path.Combine(folder, TemplateLibrary.Mail) : null;
        var templates = (result.GetValue(templatesOption) ?? own) is { } path ? LoadTemplates(path) : MailTemplates.Default;
        var dryRun = result.GetValue(dryRunOption);
        await using var session = await shared.OpenAsync(result, null, context).ConfigureAwait(false);
        var sender = result.GetValue(senderOption)
            ?? new ConfigurationBuilder().AddEnvironmentVariables().Build()["Samtale:MailSender"]
            ?? (session.IsLocal ? session.SiteOwner : null)
            ?? throw new UsageException("--mail-sender: on a real tenant say which mailbox sends the reminders (or set Samtale__MailSender); see README, 'Real tenant'.");
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            if (shared.Scope(result, context, session.Tenant) is not { } scope)
            {
                return ExitCodes.InvalidDefinition;
            }

            var now = context.Clock.GetUtcNow();
            var leased = await Exclusive(session, scope, "jobs reminders", activeOnly: true, dryRun,
                stop => session.Get<DeadlineReminders>().RunAsync(new ReminderRequest(scope, now, sender) { DryRun = dryRun, Templates = templates }, new LinePrinter(context.Out), stop), context.Stop).ConfigureAwait(false);
            if (await Leasing.RefusedAsync(context, leased).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var run = leased.Value!;
            var day = NorwegianDates.ShortDateWithYear(run.Day);
            if (!run.IsBusinessDay)
            {
                await context.Out.WriteLineAsync($"{day} er ikke en virkedag: ingen påminnelser.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            foreach (var round in run.Rounds)
            {
                await context.Out.WriteLineAsync(round.Summary()).ConfigureAwait(false);
            }

            if (run.Digests.Count > 0)
            {
                var table = new Core.Output.TextTable("Mottaker", "Språk", "Varsler", "Steg");
                foreach (var digest in run.Digests)
                {
                    table.Add([digest.Recipient.Upn, digest.Recipient.Language == Core.Rosters.Language.English ? "en" : "nb",
                        digest.Notices.Count.ToString(CultureInfo.InvariantCulture),
                        string.Join(" ", digest.Notices.OrderBy(n => n.Step).Select(n => $"{n.Step}:{DigestComposer.Section(n)}").Distinct(StringComparer.Ordinal))]);
                }

                await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(dryRun
                ? $"Tørrkjøring {day}: ville sendt {NorwegianNouns.Mail.Count(run.Digests.Count)} med {NorwegianNouns.Notice.Count(run.Digests.Sum(d => d.Notices.Count))}; ingenting sendt eller registrert."
                : $"{day}: sendt {NorwegianNouns.Mail.Count(run.Digests.Count)} med {NorwegianNouns.Notice.Count(run.Digests.Sum(d => d.Notices.Count))}; {run.Failures.Count} feilet.").ConfigureAwait(false);
            foreach (var failure in run.Failures)
            {
                await context.Error.WriteLineAsync($"samtale: {failure}").ConfigureAwait(false);
            }

            return run.Failures.Count > 0 ? ExitCodes.InvalidDefinition : ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    private static async Task<int> ShredAsync(ParseResult result, CliContext context, SharedOptions shared, Option<bool> dryRunOption)
    {
        var dryRun = result.GetValue(dryRunOption);
        await using var session = await shared.OpenAsync(result, null, context).ConfigureAwait(false);
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            if (shared.Scope(result, context, session.Tenant) is not { } scope)
            {
                return ExitCodes.InvalidDefinition;
            }

            var leased = await Exclusive(session, scope, "jobs shred", activeOnly: false, dryRun,
                stop => session.Get<ShredExpiredForms>().RunAsync(new ShredRequest(scope, context.Clock.GetUtcNow()) { DryRun = dryRun }, new LinePrinter(context.Out), stop), context.Stop).ConfigureAwait(false);
            if (await Leasing.RefusedAsync(context, leased).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            var run = leased.Value!;
            foreach (var round in run.Rounds)
            {
                await context.Out.WriteLineAsync(round.Summary(dryRun)).ConfigureAwait(false);
                if (dryRun)
                {
                    foreach (var item in round.Destroyed.Concat(round.Held))
                    {
                        var end = item.TermEnd is { } d ? NorwegianDates.Iso(d) : "–";
                        await context.Out.WriteLineAsync($"  {(item.HoldReason is null ? "makuleres" : "holdes (" + item.HoldReason + ")")}: {item.Name} (periodeslutt {end})").ConfigureAwait(false);
                    }
                }

                // A receipt an earlier run began is completed under that run's id, before this run's own.
                foreach (var receipt in round.Receipts)
                {
                    await context.Out.WriteLineAsync($"  Kvittering i Logg: kjøring {receipt.RunId}, {receipt.Count} av {receipt.Planned} planlagt, SHA-256 {receipt.Sha256}").ConfigureAwait(false);
                }

                foreach (var failure in round.Failures)
                {
                    await context.Error.WriteLineAsync($"samtale: {round.Term}: {failure}").ConfigureAwait(false);
                }
            }

            if (run.Rounds.Count == 0)
            {
                await context.Out.WriteLineAsync("Ingen runder i registeret.").ConfigureAwait(false);
            }

            return run.Rounds.Any(r => r.Failures.Count > 0) ? ExitCodes.InvalidDefinition : ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// The job under the leases of the rounds it works on (every round in the registry, or the active ones); a dry run
    /// writes nothing and takes none.
    /// </summary>
    private static async Task<LeasedResult<T>> Exclusive<T>(
        TenantSession session, JobScope scope, string command, bool activeOnly, bool dryRun, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return new LeasedResult<T>(LeasedOutcome.Done, await work(cancellationToken).ConfigureAwait(false), null, null);
        }

        var target = LeaseTarget.Of(scope);
        var terms = await session.Get<RoundLease>().RoundsAsync(target, activeOnly, cancellationToken).ConfigureAwait(false);
        return await session.Get<LeasedRunner>().RunAsync(target, terms, Leasing.Holder(command), work, cancellationToken).ConfigureAwait(false);
    }

    private static MailTemplates LoadTemplates(string path)
    {
        try
        {
            return MailTemplates.Parse(Inputs.ReadFile("--mail-templates", path), path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException("--mail-templates: " + e.Message, e);
        }
    }

    /// <summary>Prints a job's progress lines, indented.</summary>
    internal sealed class LinePrinter(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine("  " + value);
    }
}
