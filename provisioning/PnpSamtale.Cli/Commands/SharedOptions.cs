using System.CommandLine;
using PnpSamtale.Cli.Templates;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Jobs;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Cli.Commands;

/// <summary>The options of every command that works on SharePoint: where, and with which blueprint and forms.</summary>
internal sealed class SharedOptions
{
    private readonly TemplatesOption templates;
    private readonly Option<string> tenant = new("--tenant") { Description = "A real tenant, e.g. https://contoso.sharepoint.com (credentials from SharePoint__Auth, SharePoint__TenantId, SharePoint__ClientId, SharePoint__CertificatePath …; see README). Default: the local tenant in --data." };
    private readonly Option<string> data = new("--data") { Description = $"The local tenant's data directory (default ./{LocalCommand.DefaultDataDirectory}).", DefaultValueFactory = _ => LocalCommand.DefaultDataDirectory };
    private readonly Option<int> localPort = new("--local-port") { Description = $"The local tenant's port on 127.0.0.1 while the command runs (default {LocalCommand.DefaultPort}, as 'samtale local serve', so stored links work there; 0 picks a free one).", DefaultValueFactory = _ => LocalCommand.DefaultPort };
    private readonly Option<string> siteOwner = new("--site-owner") { Description = "The owner of new site collections (a service account's UPN, not a person in the roster). Default on the local tenant: " + TenantSession.LocalSiteOwner + "; on a real tenant required (or Samtale__SiteOwner)." };
    private readonly Option<string> blueprint = new("--blueprint") { Description = "The site blueprint (YAML); default site/blueprint.yaml beside the routine's folder, else the one in --templates, else the shipped one." };
    private readonly Option<string> forms = new("--forms") { Description = "The folder of form templates; default forms/ beside the routine's folder, else the one in --templates, else the shipped one." };

    private readonly Option<string> routines = new("--routines") { Description = "Where the routines are (the rounds registry names each round's routine by id); default routines/ beside --blueprint's folder, else the ones in --templates, else the shipped ones." };

    private SharedOptions(TemplatesOption templates) => this.templates = templates;

    public static SharedOptions Create(TemplatesOption templates) => new(templates);

    /// <summary>Adds <c>--routines</c> too, for commands that run over the rounds in the registry.</summary>
    public void AddWithRoutines(Command command)
    {
        AddTo(command);
        command.Options.Add(routines);
    }

    /// <summary>
    /// What a job needs: the blueprint and a routine finder over <c>--routines</c>; <c>null</c> (after printing why)
    /// when the blueprint has errors.
    /// </summary>
    public JobScope? Scope(ParseResult result, CliContext context, Uri tenant)
    {
        var loaded = Blueprint(result, null, context);
        if (loaded is null)
        {
            return null;
        }

        var folders = RoutineFolders(result);
        var found = new Dictionary<string, Routine?>(StringComparer.Ordinal);
        Routine? Find(string id)
        {
            if (!found.TryGetValue(id, out var routine))
            {
                var path = folders.Select(f => Path.Combine(f, id + ".yaml")).FirstOrDefault(File.Exists);
                found[id] = routine = path is not null ? Inputs.Routine("--routines", path, context) : null;
            }

            return routine;
        }

        var templates = new Dictionary<string, FormTemplate?>(StringComparer.Ordinal);
        FormTemplate? FindForms(string id)
        {
            if (!templates.TryGetValue(id, out var template))
            {
                var file = id + ".yaml";
                var path = result.GetValue(forms) is { } given
                    ? Path.Combine(given, file)
                    : folders.Select(f => Path.Combine(f, "..", "forms", file)).FirstOrDefault(File.Exists) ?? Library(result).Find("forms/" + file);
                var read = path is not null && File.Exists(path) ? FormTemplateLoader.LoadFile(path) : null;
                if (read is not null)
                {
                    Inputs.Print(read.Diagnostics, context);
                }

                templates[id] = template = read is { HasErrors: false } ? read.Template : null;
            }

            return template;
        }

        return new JobScope(loaded, tenant, Find) { Forms = FindForms };
    }

    public void AddTo(Command command)
    {
        command.Options.Add(tenant);
        command.Options.Add(data);
        command.Options.Add(localPort);
        command.Options.Add(siteOwner);
        command.Options.Add(blueprint);
        if (command.Name == "start")
        {
            command.Options.Add(forms);
        }
    }

    /// <summary>The definitions of this invocation: <c>--templates</c> (or <c>Samtale__Definitions</c>), then the shipped ones.</summary>
    public TemplateLibrary Library(ParseResult result) => templates.Library(result);

    public Task<TenantSession> OpenAsync(ParseResult result, Roster? roster, CliContext context) =>
        TenantSession.OpenAsync(new TenantSession.Options(result.GetValue(tenant), result.GetValue(data)!, result.GetValue(localPort), result.GetValue(siteOwner)), roster, context);

    public string BlueprintPath(ParseResult result, string? routinePath)
    {
        if (result.GetValue(blueprint) is { } given)
        {
            return given;
        }

        var near = routinePath is null ? null : Beside(routinePath, "site", "blueprint.yaml");
        return near is not null && File.Exists(near) ? near : Library(result).Find(TemplateLibrary.Blueprint) ?? Missing(result, TemplateLibrary.Blueprint);
    }

    /// <summary>Loads the blueprint, printing its findings; null (after printing) when it has errors.</summary>
    public Blueprint? Blueprint(ParseResult result, string? routinePath, CliContext context)
    {
        var path = BlueprintPath(result, routinePath);
        var loaded = BlueprintLoader.Load(Inputs.ReadFile("--blueprint", path), path);
        Inputs.Print(loaded.Diagnostics, context);
        return loaded.Blueprint;
    }

    /// <summary>
    /// Loads the routine's form template, printing findings; null (after printing) when missing or wrong. Looks in
    /// <c>--forms</c>, else beside <paramref name="routinePath"/> (a routine given as a file), else the library.
    /// </summary>
    public FormTemplate? Forms(ParseResult result, string? routinePath, Routine routine, CliContext context)
    {
        var file = routine.Id + ".yaml";
        string? path;
        if (result.GetValue(forms) is { } given)
        {
            path = Path.Combine(given, file);
            if (!File.Exists(path))
            {
                throw new UsageException($"--forms: there is no form template for the routine '{routine.Id}' ({path}); add one or point --forms at the folder that has it.");
            }
        }
        else
        {
            var beside = routinePath is null ? null : Beside(routinePath, "forms", file);
            path = beside is not null && File.Exists(beside) ? beside : Library(result).Find("forms/" + file);
            if (path is null)
            {
                throw new UsageException($"--forms: there is no form template for the routine '{routine.Id}' (looked for {file} in forms/ beside the routine and in {string.Join(", ", Library(result).Roots.Select(r => Path.Combine(r, "forms")))}); add one or point --forms at the folder that has it.");
            }
        }

        var loaded = FormTemplateLoader.LoadFile(path);
        Inputs.Print(loaded.Diagnostics, context);
        return loaded.HasErrors ? null : loaded.Template;
    }

    /// <summary>Where a job looks for a routine by id, in order.</summary>
    private IReadOnlyList<string> RoutineFolders(ParseResult result)
    {
        if (result.GetValue(routines) is { } given)
        {
            return [given];
        }

        var library = Library(result).Roots.Select(r => Path.Combine(r, TemplateLibrary.Folder(TemplateKind.Routines)));
        return result.GetValue(blueprint) is { } path
            ? [Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "..", "routines"), .. library]
            : [.. library];
    }

    private string Missing(ParseResult result, string relative) =>
        throw new UsageException($"--blueprint: the tool has no {relative} (looked in {string.Join(", ", Library(result).Roots)}); reinstall it, or pass --blueprint or --templates.");

    private static string Beside(string routinePath, string folder, string file) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(routinePath))!, "..", folder, file);
}
