using System.CommandLine;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Output;
using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Planning;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale plan</c>: the dates of a round, explained.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context, TemplatesOption templates)
    {
        var routine = new Option<string>("--routine") { Description = "The routine: a YAML file, or the name of a shipped one (or one in --templates), e.g. stinn-medarbeidersamtaler or ntnu-medarbeidersamtale.", Required = true };
        var term = new Option<string>("--term") { Description = "The round: H2026 (autumn 2026), V2027 (spring 2027) or 2027 (annual routines).", Required = true };
        var set = new Option<string[]>("--set") { Description = "A date decided or recorded for a step, STEP=YYYY-MM-DD (repeatable), e.g. --set 1.2=2026-11-09 --set 5.1=2026-12-03. Everything after it is re-planned.", AllowMultipleArgumentsPerToken = false };
        var roster = new Option<string>("--roster") { Description = "The roster: a YAML file or the name of a shipped one, e.g. stinn-eksempel; adds the conversations, unfilled roles and term ends." };
        var format = new Option<string>("--format") { Description = "table (default), json, ics (iCalendar with an all-day event per deadline), md (Markdown for the OU), or the plan as a Gantt chart for the wall: html (a page to print on A4 landscape) or svg.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "ics", "md", "html", "svg");
        var today = new Option<string>("--today") { Description = "html and svg: where the chart draws today's line, YYYY-MM-DD (default: today in Oslo; no line when the date is outside the plan)." };
        var command = new Command("plan", "Plan a round: every step and conversation with its window [earliest, latest] on Norwegian business days, a one-line explanation per date, and warnings for conflicts and unfilled roles.")
        {
            routine, term, set, roster, format, today,
        };
        command.SetAction(result =>
        {
            var round = Inputs.Term("--term", result.GetValue(term)!);
            var setDates = Inputs.SetDates(result.GetValue(set) ?? []);
            var library = templates.Library(result);
            var definition = Inputs.Routine("--routine", library.Resolve("--routine", result.GetValue(routine)!, TemplateKind.Routines), context);
            var people = result.GetValue(roster) is { } rosterName ? Inputs.Roster("--roster", library.Resolve("--roster", rosterName, TemplateKind.Rosters), context) : null;
            if (definition is null || (result.GetValue(roster) is not null && people is null))
            {
                return ExitCodes.InvalidDefinition;
            }

            var planned = Planner.Create(new PlanRequest(definition, round) { SetDates = setDates, Roster = people });
            if (planned.Plan is not { } plan)
            {
                throw new UsageException(string.Join(Environment.NewLine, planned.Errors));
            }

            var day = result.GetValue(today) is { } text ? Inputs.Date("--today", text) : Core.Calendar.OsloTime.Day(context.Clock.GetUtcNow());
            context.Out.Write(result.GetValue(format) switch
            {
                "json" => PlanJson.Render(plan),
                "ics" => PlanCalendar.Render(plan, context.Clock.GetUtcNow()),
                "md" => PlanMarkdown.Render(plan),
                "html" => GanttHtml.Render(GanttChart.FromPlan(plan, day)),
                "svg" => GanttSvg.Render(GanttChart.FromPlan(plan, day)),
                _ => PlanText.Render(plan),
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
