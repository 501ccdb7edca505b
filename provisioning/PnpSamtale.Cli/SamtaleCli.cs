using System.CommandLine;
using PnpSamtale.Cli.Commands;
using PnpSamtale.Cli.Templates;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Cli;

/// <summary>The <c>samtale</c> command line: builds the commands and maps failures to exit codes, here and only here.</summary>
public static class SamtaleCli
{
    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("samtale – plans and runs rounds of appraisal conversations (medarbeidersamtaler) on Microsoft 365.\nDates and plans are computed on Norwegian business days (virkedager).");
        var templates = new TemplatesOption();
        root.Options.Add(templates.Option);
        root.Subcommands.Add(HolidaysCommand.Create(context));
        root.Subcommands.Add(CalendarCommand.Create(context));
        root.Subcommands.Add(RoutineCommand.Create(context, templates));
        root.Subcommands.Add(PlanCommand.Create(context, templates));
        root.Subcommands.Add(RoundCommand.Create(context, templates));
        root.Subcommands.Add(RoundCommand.CreateReconcile(context, templates));
        root.Subcommands.Add(JobsCommand.Create(context, templates));
        root.Subcommands.Add(ExportCommand.Create(context, templates));
        root.Subcommands.Add(LocalCommand.Create(context));
        root.Subcommands.Add(TemplatesCommand.Create(context, templates));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine($"samtale: {error.Message}");
            }

            context.Error.WriteLine("Run 'samtale --help' (or 'samtale <command> --help') to see the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"samtale: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Core.Calendar.DateOutsideCalendarException e)
        {
            context.Error.WriteLine($"samtale: {e.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (TenantFailure.From(e, TenantSession.EnvironmentSettings(), context.Stop) is { } failure)
        {
            // One line, no stack trace: a tenant that cannot be reached or signed in to is the user's to fix.
            context.Error.WriteLine($"samtale: {failure.Message}");
            return ExitCodes.TenantUnavailable;
        }
    }
}
