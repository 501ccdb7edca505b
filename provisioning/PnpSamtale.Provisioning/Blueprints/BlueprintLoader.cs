using PnpSamtale.Core.Definitions;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.RoleDefinitions;
using YamlDotNet.RepresentationModel;

namespace PnpSamtale.Provisioning.Blueprints;

/// <summary>
/// Reads the site blueprint (YAML, see <c>templates/site/blueprint.schema.json</c>) and checks what the schema cannot:
/// every list the product needs is there, the columns the code reads exist with the type and owner the product's
/// schema requires (<see cref="Schema.ListSchemas"/>), no list that the people of a round edit has a column only the
/// OU may write, views name existing columns, and formatters referred to are defined.
/// </summary>
public static class BlueprintLoader
{
    /// <summary>The name of the embedded schema.</summary>
    public const string SchemaName = "blueprint.schema.json";

    /// <summary>The shipped blueprint, relative to the repository root.</summary>
    public const string DefaultPath = "templates/site/blueprint.yaml";

    private static readonly ListRole[] AdminLists = [ListRole.Rounds, ListRole.Roster, ListRole.Log, ListRole.Notices];
    private static readonly ListRole[] RoundLists = [ListRole.Steps, ListRole.Conversations, ListRole.Measures, ListRole.Forms, ListRole.Minutes, ListRole.Register, ListRole.Holds];

    // Lists whose items the people of a round edit: an owners' column there would be unprotected.
    private static readonly ListRole[] PeoplesLists = [ListRole.Steps, ListRole.Conversations, ListRole.Measures, ListRole.Forms];

    /// <summary>Reads a blueprint file.</summary>
    public static LoadedBlueprint LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(File.ReadAllText(path), path);
    }

    /// <summary>Reads a blueprint from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static LoadedBlueprint Load(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var document = DefinitionDocument.Parse(yaml, file, SchemaName, typeof(BlueprintLoader).Assembly);
        if (document.Root is null)
        {
            return new LoadedBlueprint(null, document.Diagnostics);
        }

        var root = new YamlMap(document.Root);
        var diagnostics = new List<Diagnostic>();
        var formatters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.OptionalMap("formatters") is { } formatterMap)
        {
            foreach (var (key, value) in formatterMap.Node.Children)
            {
                formatters[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value!;
            }
        }

        var admin = ReadSite(root.Map("adminSite"), AdminLists);
        var round = ReadSite(root.Map("roundSite"), RoundLists);
        var regional = root.OptionalMap("regionalSettings");
        var blueprint = new Blueprint(admin, round)
        {
            Lcid = regional?.OptionalString("lcid") is { } lcid ? int.Parse(lcid, System.Globalization.CultureInfo.InvariantCulture) : 1044,
            TimeZoneId = regional?.OptionalString("timeZoneId") is { } zone ? int.Parse(zone, System.Globalization.CultureInfo.InvariantCulture) : SharePoint.Regional.SiteTimeZone.Oslo,
        };
        return new LoadedBlueprint(diagnostics.Count == 0 ? blueprint : null, diagnostics);

        SiteBlueprint ReadSite(YamlMap site, ListRole[] expected)
        {
            var groups = site.Maps("groups").Select(g => new GroupBlueprint(ParseGroup(g.String("key")), g.String("title"), g.OptionalString("description") ?? string.Empty)).ToArray();
            var lists = new List<ListBlueprint>();
            foreach (var list in site.Maps("lists"))
            {
                var role = Enum.Parse<ListRole>(list.String("key"), ignoreCase: true);
                if (!expected.Contains(role))
                {
                    Error(list.Required("key"), $"the list '{list.String("key")}' belongs on the other site; this site has {string.Join(", ", expected.Select(Key))}");
                    continue;
                }

                if (lists.Any(l => l.Role == role))
                {
                    Error(list.Required("key"), $"the list '{Key(role)}' is defined twice");
                    continue;
                }

                lists.Add(ReadList(list, role));
            }

            foreach (var missing in expected.Where(e => lists.All(l => l.Role != e)))
            {
                Error(site.Required("lists"), $"the list '{Key(missing)}' is missing; the product needs {string.Join(", ", expected.Select(Key))}");
            }

            var webPermissions = ReadGrants(site.Map("webPermissions"));
            foreach (var used in webPermissions.Keys.Concat(lists.SelectMany(l => l.Permissions?.Keys ?? [])).Distinct())
            {
                if (groups.All(g => g.Key != used))
                {
                    Error(site.Required("groups"), $"permissions are granted to '{Key(used)}', but the site has no group for it");
                }
            }

            return new SiteBlueprint(site.String("name"), site.String("title"), site.OptionalString("description") ?? string.Empty, groups, webPermissions, lists);
        }

        ListBlueprint ReadList(YamlMap list, ListRole role)
        {
            var template = list.String("template") == "library" ? ListTemplate.DocumentLibrary : ListTemplate.GenericList;
            var columns = new List<ColumnBlueprint>();
            foreach (var column in list.Maps("columns"))
            {
                var name = column.String("name");
                if (columns.Any(c => c.Definition.Name == name))
                {
                    Error(column.Required("name"), $"the column '{name}' is defined twice in '{list.String("title")}'");
                    continue;
                }

                var kind = ParseKind(column.String("type"));
                var choices = column.Get("choices") is YamlSequenceNode seq ? seq.Children.Cast<YamlScalarNode>().Select(s => s.Value!).ToArray() : [];
                if (kind == ColumnKind.Choice && choices.Length == 0)
                {
                    Error(column.Required("type"), $"the choice column '{name}' needs choices");
                }

                var unique = column.Bool("unique", false);
                var indexed = column.Bool("indexed", false);
                if (unique && !indexed)
                {
                    Error(column.Required("unique"), $"the column '{name}' must be indexed to enforce unique values (SharePoint requires it)");
                }

                string? formatter = null;
                if (column.OptionalString("formatter") is { } formatterName && !formatters.TryGetValue(formatterName, out formatter))
                {
                    Error(column.Required("formatter"), $"the formatter '{formatterName}' is not defined under 'formatters'");
                }

                var owner = ColumnOwners.Parse(column.String("owner"));
                if (owner == ColumnOwner.Owners && PeoplesLists.Contains(role))
                {
                    Error(column.Required("owner"), $"the column '{name}' of '{list.String("title")}' is the OU's, but the round's people edit this list's items and SharePoint cannot keep them from editing a column; make it the design's or move it to a list only the OU edits");
                }

                columns.Add(new ColumnBlueprint(
                    new ColumnDefinition(name, kind)
                    {
                        DisplayName = column.String("displayName"),
                        Indexed = indexed,
                        Required = column.Bool("required", false),
                        EnforceUniqueValues = unique,
                        Choices = choices,
                    },
                    formatter,
                    owner));
            }

            foreach (var needed in Schema.ListSchemas.For(role).Columns)
            {
                var found = columns.FirstOrDefault(c => c.Definition.Name == needed.Name);
                if (found is null)
                {
                    Error(list.Required("columns"), $"'{list.String("title")}' needs the column '{needed.Name}' ({needed.Kind}, owner {Key(needed.Owner)}); the product reads and writes it");
                }
                else if (found.Definition.Kind != needed.Kind)
                {
                    Error(list.Required("columns"), $"the column '{needed.Name}' of '{list.String("title")}' must be of type {needed.Kind}, not {found.Definition.Kind}");
                }
                else if (found.Owner != needed.Owner)
                {
                    Error(list.Required("columns"), $"the column '{needed.Name}' of '{list.String("title")}' must be owned by '{Key(needed.Owner)}', not '{Key(found.Owner)}': the product's trust model relies on it (docs/trust-model.md)");
                }
            }

            var views = new List<ViewBlueprint>();
            foreach (var view in list.Maps("views"))
            {
                var fields = view.Get("fields") is YamlSequenceNode f ? f.Children.Cast<YamlScalarNode>().ToArray() : [];
                foreach (var field in fields.Where(f => !IsBuiltIn(f.Value!, template) && columns.All(c => c.Definition.Name != f.Value)))
                {
                    Error(field, $"the view '{view.String("title")}' shows '{field.Value}', which is not a column of '{list.String("title")}'");
                }

                views.Add(new ViewBlueprint(view.String("title"), [.. fields.Select(f => f.Value!)], view.String("query"), view.Int("rowLimit", 30)));
            }

            var grants = list.OptionalMap("permissions") is { } permissions ? ReadGrants(permissions) : null;
            var itemPermissions = list.OptionalString("itemPermissions") is { } itemKind ? Enum.Parse<ItemPermissions>(itemKind, ignoreCase: true) : ItemPermissions.None;
            if (itemPermissions is ItemPermissions.Conversation or ItemPermissions.ConversationFolder && grants is null)
            {
                Error(list.Required("itemPermissions"), $"'{list.String("title")}' has conversation permissions on its items, so the list itself must have its own permissions (use 'permissions: {{}}' for nobody but the app)");
            }

            if (role is ListRole.Register or ListRole.Holds && (grants is null || grants.Keys.Any(g => g != RoleGroup.Owners)))
            {
                Error(list.Required("key"), $"'{list.String("title")}' decides who reads forms and when they are destroyed, so only the OU may have it: give it 'permissions: {{ owners: fullControl }}'");
            }

            return new ListBlueprint(role, list.String("title"), template, columns, views, grants, itemPermissions);
        }

        void Error(YamlNode node, string message) =>
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Blueprint, document.At(node), message));
    }

    private static bool IsBuiltIn(string field, ListTemplate template) =>
        field is Fields.Title or "ID" or "Created" or "Modified" or "Author" or "Editor" ||
        (template == ListTemplate.DocumentLibrary && field is Fields.FileName or "LinkFilename");

    private static Dictionary<RoleGroup, RoleTypeKind> ReadGrants(YamlMap map) =>
        map.Node.Children.ToDictionary(
            pair => ParseGroup(((YamlScalarNode)pair.Key).Value!),
            pair => ((YamlScalarNode)pair.Value).Value switch
            {
                "fullControl" => RoleTypeKind.Administrator,
                "design" => RoleTypeKind.WebDesigner,
                "edit" => RoleTypeKind.Editor,
                "contribute" => RoleTypeKind.Contributor,
                _ => RoleTypeKind.Reader,
            });

    private static RoleGroup ParseGroup(string key) => Enum.Parse<RoleGroup>(key, ignoreCase: true);

    private static ColumnKind ParseKind(string type) => type switch
    {
        "note" => ColumnKind.Note,
        "number" => ColumnKind.Number,
        "boolean" => ColumnKind.Boolean,
        "date" => ColumnKind.Date,
        "dateTime" => ColumnKind.DateTime,
        "choice" => ColumnKind.Choice,
        "user" => ColumnKind.User,
        _ => ColumnKind.Text,
    };

    private static string Key(ListRole role) => role.ToString().ToLowerInvariant();

    private static string Key(RoleGroup group) => group.ToString().ToLowerInvariant();

    private static string Key(ColumnOwner owner) => owner.ToString().ToLowerInvariant();
}

/// <summary>A blueprint, or what is wrong with the file.</summary>
/// <param name="Blueprint">The blueprint, when there are no errors.</param>
/// <param name="Diagnostics">Errors with file, line and column.</param>
public sealed record LoadedBlueprint(Blueprint? Blueprint, IReadOnlyList<Diagnostic> Diagnostics);
