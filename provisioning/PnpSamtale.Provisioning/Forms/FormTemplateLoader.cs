using PnpSamtale.Core.Definitions;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// Reads form templates (YAML, see <c>templates/forms/form.schema.json</c>): one file per routine, named by the
/// routine's id. Syntax and schema errors come back as diagnostics with file, line and column, and so do the checks
/// the schema cannot make (repeated ids, a measures table the routine does not ask for, an empty section). Nothing
/// is thrown for a bad or missing file.
/// </summary>
public static class FormTemplateLoader
{
    /// <summary>The name of the embedded schema.</summary>
    public const string SchemaName = "form.schema.json";

    /// <summary>The shipped templates, relative to the repository root.</summary>
    public const string DefaultDirectory = "templates/forms";

    private const int DefaultMeasureRows = 5;

    /// <summary>Reads every <c>*.yaml</c> file in <paramref name="directory"/>; each file must be named by its routine's id.</summary>
    public static LoadedFormTemplates LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string[] files;
        try
        {
            files = Directory.GetFiles(directory, "*.yaml");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new LoadedFormTemplates([], [Problem(new SourceLocation(directory, 1, 1), $"cannot read the form template folder: {e.Message}")]);
        }

        Array.Sort(files, StringComparer.Ordinal);
        var templates = new List<FormTemplate>();
        var diagnostics = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var loaded = LoadFile(file);
            diagnostics.AddRange(loaded.Diagnostics);
            if (loaded.Template is not { } template)
            {
                continue;
            }

            var expected = Path.GetFileNameWithoutExtension(file);
            if (!string.Equals(expected, template.RoutineId, StringComparison.Ordinal))
            {
                diagnostics.Add(Problem(new SourceLocation(file, 1, 1), $"the file is named '{expected}' but holds the forms of routine '{template.RoutineId}'; name it {template.RoutineId}.yaml so the routine's forms are found"));
            }
            else if (!seen.TryAdd(template.RoutineId, file))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Duplicate, new SourceLocation(file, 1, 1), $"routine '{template.RoutineId}' already has forms in {seen[template.RoutineId]}"));
            }
            else
            {
                templates.Add(template);
            }
        }

        return new LoadedFormTemplates(templates, diagnostics);
    }

    /// <summary>Reads a form template file; <paramref name="path"/> names it in messages.</summary>
    public static LoadedFormTemplate LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new LoadedFormTemplate(null, [Problem(new SourceLocation(path, 1, 1), $"cannot read the form template: {e.Message}")]);
        }

        return Load(yaml, path);
    }

    /// <summary>Reads a form template from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static LoadedFormTemplate Load(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var document = DefinitionDocument.Parse(yaml, file, SchemaName, typeof(FormTemplateLoader).Assembly);
        if (document.Root is null)
        {
            return new LoadedFormTemplate(null, document.Diagnostics);
        }

        var reader = new Reader(document);
        var template = reader.Read(new YamlMap(document.Root));
        return new LoadedFormTemplate(template, reader.Diagnostics);
    }

    private static Diagnostic Problem(SourceLocation at, string message) =>
        new(Severity.Error, DiagnosticCodes.Blueprint, at, message);

    private sealed class Reader(DefinitionDocument document)
    {
        public List<Diagnostic> Diagnostics { get; } = [];

        /// <summary>The template, or <c>null</c> when <see cref="Diagnostics"/> has any.</summary>
        public FormTemplate? Read(YamlMap root)
        {
            var hasMeasures = root.Bool("measures", false);
            var forms = new List<FormDefinition>();
            var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            FormDefinition? firstDefault = null;
            foreach (var map in root.Maps("forms"))
            {
                var form = ReadForm(map);
                Unique(ids, form.Id, map.Required("id"), "form", "form");
                if (form.IsDefault && firstDefault is not null)
                {
                    Diagnostics.Add(Problem(document.At(map.Required("default")), $"forms '{firstDefault.Id}' and '{form.Id}' are both marked default: true; mark one"));
                }

                firstDefault ??= form.IsDefault ? form : null;
                CheckMeasures(hasMeasures, form, map, root.Required("measures"));
                forms.Add(form);
            }

            return Diagnostics.Count == 0 ? new FormTemplate(root.String("routine"), hasMeasures, forms) : null;
        }

        private FormDefinition ReadForm(YamlMap form)
        {
            var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            var sections = new List<FormSection>();
            foreach (var map in form.Maps("sections"))
            {
                var section = ReadSection(map);
                Unique(ids, section.Id, map.Required("id"), "section", $"section of form '{form.String("id")}'");
                sections.Add(section);
            }

            return new FormDefinition(form.String("id"), Text(form.Map("title")), OptionalText(form, "intro"), form.Bool("default", false), sections);
        }

        private FormSection ReadSection(YamlMap section)
        {
            var id = section.String("id");
            var kind = section.OptionalString("kind") == "measures" ? FormSectionKind.Measures : FormSectionKind.Prompts;
            var prompts = section.Get("prompts") is YamlSequenceNode list
                ? [.. list.Children.Select(p => Text(new YamlMap((YamlMappingNode)p)))]
                : Array.Empty<BilingualText>();
            var intro = OptionalText(section, "intro");
            var notice = section.OptionalString("notice");
            if (kind == FormSectionKind.Prompts && section.Get("rows") is { } rows)
            {
                Diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Misplaced, document.At(rows), $"section '{id}': 'rows' is the size of a measures table and needs kind: measures"));
            }

            if (kind == FormSectionKind.Prompts && prompts.Length == 0 && intro is null && notice is null)
            {
                Diagnostics.Add(Problem(document.At(section.Node), $"section '{id}' has nothing to show; give it prompts, an intro, a notice or kind: measures"));
            }

            return new FormSection(
                id,
                Text(section.Map("heading")),
                kind,
                section.OptionalString("onlyWhen") == "careerPlan" ? FormCondition.CareerPlan : FormCondition.Always,
                intro,
                notice,
                prompts,
                kind == FormSectionKind.Measures ? section.Int("rows", DefaultMeasureRows) : 0);
        }

        private void CheckMeasures(bool hasMeasures, FormDefinition form, YamlMap map, YamlNode measuresNode)
        {
            var tables = form.Sections.Where(s => s.Kind == FormSectionKind.Measures).ToList();
            if (hasMeasures && tables.Count == 0)
            {
                Diagnostics.Add(Problem(document.At(map.Required("id")), $"form '{form.Id}' has no section with kind: measures, but the routine agrees measures (measures: true at line {measuresNode.Start.Line}); add the table of agreed measures"));
            }
            else if (!hasMeasures && tables.Count > 0)
            {
                var section = map.Maps("sections").First(s => s.String("id") == tables[0].Id);
                Diagnostics.Add(Problem(document.At(section.Required("kind")), $"section '{tables[0].Id}' is a measures table, but the template says measures: false (line {measuresNode.Start.Line}); set measures: true or remove the table"));
            }
        }

        private void Unique(Dictionary<string, SourceLocation> seen, string id, YamlNode node, string noun, string what)
        {
            var at = document.At(node);
            if (!seen.TryAdd(id, at))
            {
                Diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Duplicate, at, $"the {what} id '{id}' is used twice (first at line {seen[id].Line}); give each {noun} its own id"));
            }
        }

        private static BilingualText Text(YamlMap text) => new(text.String("nb"), text.String("en"));

        private static BilingualText? OptionalText(YamlMap map, string key) => map.OptionalMap(key) is { } text ? Text(text) : null;
    }
}
