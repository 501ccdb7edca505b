using System.CommandLine;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Jobs;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Forms;

namespace PnpSamtale.Cli.Commands;

/// <summary>The options of every command that works on SharePoint: where, and with which blueprint and forms.</summary>
internal sealed class SharedOptions
{
    private readonly Option<string> tenant = new("--tenant") { Description = "A real tenant, e.g. https://contoso.sharepoint.com (credentials from SharePoint__Auth, SharePoint__TenantId, SharePoint__ClientId, SharePoint__CertificatePath …; see README). Default: the local tenant in --data." };
    private readonly Option<string> data = new("--data") { Description = $"The local tenant's data directory (default ./{LocalCommand.DefaultDataDirectory}).", DefaultValueFactory = _ => LocalCommand.DefaultDataDirectory };
    private readonly Option<int> localPort = new("--local-port") { Description = $"The local tenant's port on 127.0.0.1 while the command runs (default {LocalCommand.DefaultPort}, as 'samtale local serve', so stored links work there; 0 picks a free one).", DefaultValueFactory = _ => LocalCommand.DefaultPort };
    private readonly Option<string> siteOwner = new("--site-owner") { Description = "The owner of new site collections (a service account's UPN, not a person in the roster). Default on the local tenant: " + TenantSession.LocalSiteOwner + "; on a real tenant required (or Samtale__SiteOwner)." };
    private readonly Option<string> blueprint = new("--blueprint") { Description = "The site blueprint (YAML); default site/blueprint.yaml beside the routine's folder, else templates/site/blueprint.yaml." };
    private readonly Option<string> forms = new("--forms") { Description = "The folder of form templates; default forms/ beside the routine's folder." };

    private readonly Option<string> routines = new("--routines") { Description = "Where the routines are (the rounds registry names each round's routine by id); default the folder 'routines' beside the blueprint's folder." };

    public static SharedOptions Create() => new();

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
        var blueprintPath = BlueprintPath(result, null);
        var loaded = Blueprint(result, null, context);
        if (loaded is null)
        {
            return null;
        }

        var directory = result.GetValue(routines) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(blueprintPath))!, "..", "routines");
        var found = new Dictionary<string, Routine?>(StringComparer.Ordinal);
        Routine? Find(string id)
        {
            if (!found.TryGetValue(id, out var routine))
            {
                var path = Path.Combine(directory, id + ".yaml");
                found[id] = routine = File.Exists(path) ? Inputs.Routine("--routines", path, context) : null;
            }

            return routine;
        }

        return new JobScope(loaded, tenant, Find);
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

    public Task<TenantSession> OpenAsync(ParseResult result, Roster? roster, CliContext context) =>
        TenantSession.OpenAsync(new TenantSession.Options(result.GetValue(tenant), result.GetValue(data)!, result.GetValue(localPort), result.GetValue(siteOwner)), roster, context);

    public string BlueprintPath(ParseResult result, string? routinePath)
    {
        if (result.GetValue(blueprint) is { } given)
        {
            return given;
        }

        var near = routinePath is null ? null : Beside(routinePath, "site", "blueprint.yaml");
        return near is not null && File.Exists(near) ? near : BlueprintLoader.DefaultPath;
    }

    /// <summary>Loads the blueprint, printing its findings; null (after printing) when it has errors.</summary>
    public Blueprint? Blueprint(ParseResult result, string? routinePath, CliContext context)
    {
        var path = BlueprintPath(result, routinePath);
        var loaded = BlueprintLoader.Load(Inputs.ReadFile("--blueprint", path), path);
        Inputs.Print(loaded.Diagnostics, context);
        return loaded.Blueprint;
    }

    /// <summary>Loads the routine's form template, printing findings; null (after printing) when missing or wrong.</summary>
    public FormTemplate? Forms(ParseResult result, string routinePath, Routine routine, CliContext context)
    {
        var directory = result.GetValue(forms) ?? Beside(routinePath, "forms", string.Empty);
        var path = Path.Combine(directory, routine.Id + ".yaml");
        if (!File.Exists(path))
        {
            throw new UsageException($"--forms: there is no form template for the routine '{routine.Id}' ({path}); add one or point --forms at the folder that has it.");
        }

        var loaded = FormTemplateLoader.LoadFile(path);
        Inputs.Print(loaded.Diagnostics, context);
        return loaded.HasErrors ? null : loaded.Template;
    }

    private static string Beside(string routinePath, string folder, string file) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(routinePath))!, "..", folder, file);
}
