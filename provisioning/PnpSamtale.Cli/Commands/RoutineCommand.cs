using System.CommandLine;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Output;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale routine check</c> and <c>samtale routine show</c>.</summary>
internal static class RoutineCommand
{
    public static Command Create(CliContext context, TemplatesOption templates)
    {
        var checkFile = new Argument<string>("FILE") { Description = "The routine: a YAML file or the name of a shipped one (or one in --templates), e.g. stinn-medarbeidersamtaler." };
        var check = new Command("check", "Check a routine definition: schema errors and semantic errors (missing steps, cycles, duplicate ids, windows that cannot be met) as file:line:column with exit code 1; warnings (roles not in the glossary, likely misspellings) with exit code 0.")
        {
            checkFile,
        };
        check.SetAction(result =>
        {
            var path = templates.Library(result).Resolve("FILE", result.GetValue(checkFile)!, TemplateKind.Routines);
            var loaded = RoutineLoader.Load(Inputs.ReadFile("FILE", path), path, context.Clock);
            Inputs.Print(loaded.Diagnostics, context);
            var errors = loaded.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = loaded.Diagnostics.Count - errors;
            context.Error.WriteLine($"{path}: {EnglishNouns.Error.Count(errors)}, {EnglishNouns.Warning.Count(warnings)}");
            return errors > 0 ? ExitCodes.InvalidDefinition : ExitCodes.Ok;
        });

        var showFile = new Argument<string>("FILE") { Description = "The routine: a YAML file or the name of a shipped one (or one in --templates), e.g. ntnu-medarbeidersamtale." };
        var format = new Option<string>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var show = new Command("show", "Show a routine's phases, steps (with the verbatim 'Når' text) and glossary.") { showFile, format };
        show.SetAction(result =>
        {
            if (Inputs.Routine("FILE", templates.Library(result).Resolve("FILE", result.GetValue(showFile)!, TemplateKind.Routines), context) is not { } routine)
            {
                return ExitCodes.InvalidDefinition;
            }

            context.Out.Write(result.GetValue(format) == "json" ? RoutineOutput.Json(routine) : RoutineOutput.Table(routine));
            return ExitCodes.Ok;
        });

        return new Command("routine", "Check and show routine definitions.") { check, show };
    }
}
