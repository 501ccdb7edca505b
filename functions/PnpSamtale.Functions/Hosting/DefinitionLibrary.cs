using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Routines;
using PnpSamtale.Jobs;
using PnpSamtale.Jobs.Reminders;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.Functions.Hosting;

/// <summary>
/// The definitions the functions work with (blueprint, routines, form templates, mail texts), read from
/// <see cref="AppOptions.DefinitionsPath"/> on first use and kept; safe to use from concurrent invocations.
/// A definition with errors fails the invocation that needs it, naming file, line and field.
/// </summary>
internal sealed class DefinitionLibrary
{
    private readonly string root;
    private readonly Uri tenant;
    private readonly TimeProvider clock;
    private readonly Lazy<Blueprint> blueprint;
    private readonly Lazy<MailTemplates> mail;
    private readonly ConcurrentDictionary<string, Lazy<Routine?>> routines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<FormTemplate?>> forms = new(StringComparer.Ordinal);

    public DefinitionLibrary(IOptions<AppOptions> options, IOptions<SharePointOptions> sharePoint, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sharePoint);
        root = options.Value.DefinitionsPath;
        tenant = sharePoint.Value.TenantUrl!;
        this.clock = clock;
        blueprint = new Lazy<Blueprint>(LoadBlueprint, LazyThreadSafetyMode.ExecutionAndPublication);
        mail = new Lazy<MailTemplates>(LoadMail, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The site blueprint.</summary>
    public Blueprint Blueprint => blueprint.Value;

    /// <summary>The digest texts: <c>mail/digest.yaml</c> if present, else the product's.</summary>
    public MailTemplates Mail => mail.Value;

    /// <summary>The tenant root.</summary>
    public Uri Tenant => tenant;

    /// <summary>The ids of the routines on file.</summary>
    public IReadOnlyList<string> RoutineIds =>
        [.. Directory.EnumerateFiles(Path.Combine(root, "routines"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>What the jobs need: blueprint, tenant, routines and their form templates by id.</summary>
    public JobScope Scope() => new(Blueprint, tenant, Routine) { Forms = Forms };

    /// <summary>A routine by id; <c>null</c> when there is no such file. A file with errors throws.</summary>
    public Routine? Routine(string id) =>
        routines.GetOrAdd(id, key => new Lazy<Routine?>(() => LoadRoutine(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>A routine's form template; <c>null</c> when there is none. A file with errors throws.</summary>
    public FormTemplate? Forms(string routineId) =>
        forms.GetOrAdd(routineId, key => new Lazy<FormTemplate?>(() => LoadForms(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private Blueprint LoadBlueprint()
    {
        var path = Path.Combine(root, "site", "blueprint.yaml");
        var loaded = BlueprintLoader.LoadFile(path);
        return loaded.Blueprint ?? throw Invalid(path, loaded.Diagnostics);
    }

    private MailTemplates LoadMail()
    {
        var path = Path.Combine(root, "mail", "digest.yaml");
        return File.Exists(path) ? MailTemplates.Parse(File.ReadAllText(path), path) : MailTemplates.Default;
    }

    private Routine? LoadRoutine(string id)
    {
        if (!IsId(id))
        {
            return null;
        }

        var path = Path.Combine(root, "routines", id + ".yaml");
        if (!File.Exists(path))
        {
            return null;
        }

        var loaded = RoutineLoader.Load(File.ReadAllText(path), path, clock);
        return loaded.Routine ?? throw Invalid(path, loaded.Diagnostics);
    }

    private FormTemplate? LoadForms(string id)
    {
        var path = Path.Combine(root, "forms", id + ".yaml");
        if (!IsId(id) || !File.Exists(path))
        {
            return null;
        }

        var loaded = FormTemplateLoader.LoadFile(path);
        return loaded.HasErrors ? throw Invalid(path, loaded.Diagnostics) : loaded.Template;
    }

    /// <summary>Whether a text can be a routine id (a file name, never a path).</summary>
    public static bool IsId(string id) =>
        id is { Length: > 0 and <= 100 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static InvalidDataException Invalid(string path, IEnumerable<Diagnostic> diagnostics) =>
        new($"The definition {path} has errors: " + string.Join(" ", diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())));
}
