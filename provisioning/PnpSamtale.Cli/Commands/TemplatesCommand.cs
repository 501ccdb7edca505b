using System.CommandLine;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Output;
using PnpSamtale.Core.Text;

namespace PnpSamtale.Cli.Commands;

/// <summary><c>samtale templates list|export</c>: the definitions the tool uses, and a copy of them to edit.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context, TemplatesOption templates)
    {
        var list = new Command("list", "List the definitions in use: routines and rosters (by the name --routine and --roster take), the site blueprint, form templates, mail texts and schemas, and whether each is your own (--templates) or shipped.");
        list.SetAction(result => List(templates.Library(result), context));

        var folder = new Argument<string>("DIR") { Description = "The folder to write to; created if missing, must be empty." };
        var export = new Command("export", "Copy the definitions in use (with their JSON schemas, which editors pick up) to a folder, to edit and then use with --templates DIR or Samtale__Definitions=DIR.") { folder };
        export.SetAction(result => Export(templates.Library(result), result.GetValue(folder)!, context));

        return new Command("templates", "The shipped definitions (routines, example rosters, site blueprint, forms, mail texts) and your own folder of them.") { list, export };
    }

    private static int List(TemplateLibrary library, CliContext context)
    {
        var table = new TextTable("Kind", "Name", "From", "File");
        foreach (var file in InEffect(library))
        {
            table.Add(Kind(file.Relative), Name(file.Relative), file.Root == library.Own ? "own" : "shipped", file.FullPath);
        }

        context.Out.Write(table.ToString());
        var routines = library.Names(TemplateKind.Routines);
        var rosters = library.Names(TemplateKind.Rosters);
        context.Out.Write($"\nUse a routine or roster by name, e.g. --routine {(routines.Count > 0 ? routines[^1] : "NAME")} --roster {(rosters.Count > 0 ? rosters[^1] : "NAME")}; copy them to edit with 'samtale templates export DIR'.\n");
        return ExitCodes.Ok;
    }

    private static int Export(TemplateLibrary library, string target, CliContext context)
    {
        var directory = Path.GetFullPath(target);
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
        {
            throw new UsageException($"DIR: '{target}' is not an empty folder; templates export never overwrites (your edits may be there). Choose a new folder.");
        }

        var files = InEffect(library);
        foreach (var file in files)
        {
            var to = Path.Combine(directory, file.Relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file.FullPath, to);
        }

        context.Out.Write($"Wrote {EnglishNouns.File.Count(files.Count)} to {directory}.\n");
        context.Out.Write($"Edit them, then use them with --templates {target} (or Samtale__Definitions={target}); a file you delete falls back to the shipped one.\n");
        return ExitCodes.Ok;
    }

    /// <summary>Each definition once: the user's where they have it, else the shipped one.</summary>
    private static List<TemplateFile> InEffect(TemplateLibrary library) =>
        [.. library.List().DistinctBy(f => f.Relative, StringComparer.Ordinal).OrderBy(f => f.Relative, StringComparer.Ordinal)];

    private static string Kind(string relative) => relative switch
    {
        _ when relative.EndsWith(".schema.json", StringComparison.Ordinal) => "schema",
        _ when relative.StartsWith("routines/", StringComparison.Ordinal) => "routine",
        _ when relative.StartsWith("rosters/", StringComparison.Ordinal) => "roster",
        _ when relative.StartsWith("site/", StringComparison.Ordinal) => "blueprint",
        _ when relative.StartsWith("forms/", StringComparison.Ordinal) => "forms",
        _ when relative.StartsWith("mail/", StringComparison.Ordinal) => "mail",
        _ => "other",
    };

    private static string Name(string relative) =>
        Path.GetFileName(relative).Replace(".schema.json", string.Empty, StringComparison.Ordinal).Replace(".yaml", string.Empty, StringComparison.Ordinal);
}
