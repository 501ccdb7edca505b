using System.CommandLine;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Text;
using PnpSamtale.Jobs.Export;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale export</c>: answer a right-of-access request in one step.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context, TemplatesOption templates)
    {
        var person = new Option<string>("--person") { Description = "The person's UPN (e-mail), e.g. emma.solberg@stinn.example.", Required = true };
        var round = new Option<string>("--round") { Description = "The round, e.g. H2026.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write to; created if missing, must be empty.", Required = true };
        var shared = SharedOptions.Create(templates);
        var command = new Command("export", "Right of access (GDPR art. 15): write everything about one person in one round — their forms (the files), measures, confirmations, the reminders sent to them and the round's audit entries — to a folder (innsyn.json, LES-MEG.txt, skjema/). Run it before anything is shredded. The export is logged (counts only).")
        {
            person, round, output,
        };
        shared.AddWithRoutines(command);
        command.SetAction(result => RunAsync(result, context, shared, person, round, output).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, CliContext context, SharedOptions shared, Option<string> personOption, Option<string> roundOption, Option<string> outOption)
    {
        var person = result.GetValue(personOption)!.Trim();
        if (!person.Contains('@', StringComparison.Ordinal))
        {
            throw new UsageException($"--person: '{person}' is not a UPN; expected an address like emma.solberg@stinn.example.");
        }

        var round = Inputs.Term("--round", result.GetValue(roundOption)!).ToString();
        var output = Path.GetFullPath(result.GetValue(outOption)!);
        await using var session = await shared.OpenAsync(result, null, context).ConfigureAwait(false);
        return await SharePointErrors.GuardAsync(context, async () =>
        {
            if (shared.Scope(result, context, session.Tenant) is not { } scope)
            {
                return ExitCodes.InvalidDefinition;
            }

            var written = await session.Get<AccessExport>().RunAsync(new AccessExportRequest(scope, person, round, output, context.Clock.GetUtcNow()), new JobsCommand.LinePrinter(context.Out), context.Stop).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"Innsyn for {person} i {round}: {NorwegianNouns.Conversation.Count(written.Conversations)}, {NorwegianNouns.Form.Count(written.Forms)}, {NorwegianNouns.Measure.Count(written.Measures)}, {NorwegianNouns.Notice.Count(written.Notices)}, {NorwegianNouns.LogEntry.Count(written.LogEntries)} → {written.Directory}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }).ConfigureAwait(false);
    }
}
