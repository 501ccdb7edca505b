using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Text;
using PnpSamtale.Jobs.HolderKickoff;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale round kickoff TERM</c>: the kick-off mail to each conversation holder of a round, once.</summary>
internal static class KickoffCommand
{
    private static readonly Noun Holder = new("samtaleansvarlig", "samtaleansvarlige");
    private static readonly Noun CalendarFile = new("kalenderfil", "kalenderfiler");

    public static Command Create(CliContext context, TemplatesOption library)
    {
        var term = new Argument<string>("term") { Description = "The round, e.g. H2026." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each mail (recipient, subject, text, the names of the calendar files) and whether it went before; create and send nothing." };
        var sender = new Option<string>("--mail-sender") { Description = "The mailbox the mails are sent from (its Drafts and Sent Items hold each mail's key); default Samtale__MailSender, on the local tenant the site owner." };
        var templates = new Option<string>("--mail-templates") { Description = "The kick-off texts (YAML, nb and en); default mail/kickoff.yaml in --templates, else the shipped one." };
        var shared = SharedOptions.Create(library);
        var command = new Command("kickoff", "Send each conversation holder of the round one mail, in their language (Verv: Språk): the conversations they hold in step order, each with its window, the last day to send the invitation (2.1), the link to the conversation and what counts as done, with a calendar file (.ics) per conversation holding that day. Once per holder and round: a mail found in the sender's Sent Items is not sent again, a draft left by an earlier run is sent rather than a second one. Run it when the round has started (after 'samtale round start').")
        {
            term, dryRun, sender, templates,
        };
        shared.AddWithRoutines(command);
        command.SetAction(result => RunAsync(result, context, shared, term, dryRun, sender, templates).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult result, CliContext context, SharedOptions shared, Argument<string> termArgument, Option<bool> dryRunOption, Option<string> senderOption, Option<string> templatesOption)
    {
        var round = Inputs.Term("term", result.GetValue(termArgument)!).ToString();
        var own = shared.Library(result).Own is { } folder && File.Exists(Path.Combine(folder, "mail", "kickoff.yaml")) ? Path.Combine(folder, "mail", "kickoff.yaml") : null;
        var texts = (result.GetValue(templatesOption) ?? own) is { } path ? Load(path) : KickoffTemplates.Default;
        var dryRun = result.GetValue(dryRunOption);
        await using var session = await shared.OpenAsync(result, null, context).ConfigureAwait(false);
        var from = result.GetValue(senderOption)
            ?? new ConfigurationBuilder().AddEnvironmentVariables().Build()["Samtale:MailSender"]
            ?? (session.IsLocal ? session.SiteOwner : null)
            ?? throw new UsageException("--mail-sender: on a real tenant say which mailbox sends the kick-off mail (or set Samtale__MailSender); see README, 'Real tenant'.");
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            if (shared.Scope(result, context, session.Tenant) is not { } scope)
            {
                return ExitCodes.InvalidDefinition;
            }

            var request = new KickoffMailRequest(scope, round, context.Clock.GetUtcNow(), from) { DryRun = dryRun, Templates = texts };
            var run = await session.Get<KickoffMails>().RunAsync(request, null, context.Stop).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Oppstart {run.Round}: {Holder.Count(run.Deliveries.Count)}").ConfigureAwait(false);
            foreach (var delivery in run.Deliveries)
            {
                await PrintAsync(context, delivery, dryRun).ConfigureAwait(false);
            }

            if (dryRun)
            {
                await context.Out.WriteLineAsync("--dry-run: ingenting er sendt.").ConfigureAwait(false);
            }

            return run.Deliveries.Any(d => d.Outcome is KickoffOutcome.Failed or KickoffOutcome.Unknown) ? ExitCodes.InvalidDefinition : ExitCodes.Ok;
        }).ConfigureAwait(false);
    }

    private static async Task PrintAsync(CliContext context, KickoffDelivery delivery, bool dryRun)
    {
        var mail = delivery.Mail;
        var what = delivery.Outcome switch
        {
            KickoffOutcome.Sent => "sendt",
            KickoffOutcome.SentBefore => "sendt før",
            KickoffOutcome.WouldSend => "sendes",
            KickoffOutcome.Unknown => "uvisst om sendt",
            KickoffOutcome.Failed => "feilet",
            _ => throw new ArgumentOutOfRangeException(nameof(delivery), delivery.Outcome, "An outcome the command does not know."),
        };
        await context.Out.WriteLineAsync($"  {what}: {mail.Holder.Name} ({mail.Holder.Upn}) – {NorwegianNouns.Conversation.Count(mail.Conversations)}, {CalendarFile.Count(mail.Files.Count)}").ConfigureAwait(false);
        if (delivery.Problem is { } problem)
        {
            await context.Error.WriteLineAsync($"samtale: {mail.Holder.Upn}: {what}: {problem}").ConfigureAwait(false);
        }

        if (dryRun && delivery.Outcome == KickoffOutcome.WouldSend)
        {
            await context.Out.WriteLineAsync($"── til {mail.Holder.Upn}: {mail.Subject}").ConfigureAwait(false);
            await context.Out.WriteLineAsync(mail.Body.TrimEnd()).ConfigureAwait(false);
            foreach (var file in mail.Files)
            {
                await context.Out.WriteLineAsync($"Vedlegg: {file.Name}").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync().ConfigureAwait(false);
        }
    }

    private static KickoffTemplates Load(string path)
    {
        try
        {
            return KickoffTemplates.Parse(Inputs.ReadFile("--mail-templates", path), path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException("--mail-templates: " + e.Message, e);
        }
    }
}
