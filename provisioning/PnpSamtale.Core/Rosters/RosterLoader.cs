using PnpSamtale.Core.Definitions;

namespace PnpSamtale.Core.Rosters;

/// <summary>
/// Reads a roster (YAML, see <c>templates/rosters/roster.schema.json</c>): people, their roles with campus and term,
/// managers and delegates. Duplicate people, unknown managers and terms that end before they start are errors.
/// </summary>
public static class RosterLoader
{
    /// <summary>The name of the embedded roster schema.</summary>
    public const string SchemaName = "roster.schema.json";

    /// <summary>Reads a roster from YAML text; <paramref name="file"/> names it in messages.</summary>
    public static LoadedRoster Load(string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var document = DefinitionDocument.Parse(yaml, file, SchemaName);
        if (document.Root is null)
        {
            return new LoadedRoster(null, document.Diagnostics);
        }

        var root = new YamlMap(document.Root);
        var diagnostics = new List<Diagnostic>();
        var people = new List<(YamlMap Entry, Person Person)>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in root.Maps("people"))
        {
            var upn = entry.String("upn").Trim().ToLowerInvariant();
            var at = document.At(entry.Required("upn"));
            if (!seen.TryAdd(upn, at))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.Duplicate, at, $"{upn} is listed twice (first at line {seen[upn].Line}); list each person once with all their roles"));
                continue;
            }

            var roles = new List<RoleAssignment>();
            foreach (var role in entry.Maps("roles"))
            {
                var assignment = new RoleAssignment(role.String("role"), role.OptionalString("campus"), role.OptionalString("representing"), role.Date("from"), role.Date("to"));
                if (assignment.From is { } from && assignment.To is { } to && to < from)
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BadDateRange, document.At(role.Required("to")), $"the term of {assignment.Role} ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})"));
                }

                roles.Add(assignment);
            }

            people.Add((entry, new Person
            {
                Upn = upn,
                Name = entry.String("name"),
                Language = entry.OptionalString("language") == "en" ? Language.English : Language.Norwegian,
                Manager = entry.OptionalString("manager")?.Trim().ToLowerInvariant(),
                Delegate = entry.OptionalString("delegate")?.Trim().ToLowerInvariant(),
                Category = entry.OptionalString("category"),
                Roles = roles,
            }));
        }

        foreach (var (entry, person) in people)
        {
            CheckReference(entry, "manager", person.Manager);
            CheckReference(entry, "delegate", person.Delegate);
        }

        var vacancies = root.Maps("vacancies").Select(v => new Vacancy(v.String("role"), v.OptionalString("campus"))).ToList();
        var roster = new Roster(root.String("organisation"), [.. people.Select(p => p.Person)], vacancies);
        return new LoadedRoster(diagnostics.Count == 0 ? roster : null, diagnostics);

        void CheckReference(YamlMap entry, string field, string? upn)
        {
            if (upn is not null && !seen.ContainsKey(upn))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.MissingReference, document.At(entry.Required(field)), $"{field} '{upn}' is not in the roster; add the person or correct the address"));
            }
        }
    }

    /// <summary>Reads a roster, throwing a <see cref="DefinitionException"/> with every finding if it has errors.</summary>
    public static Roster LoadOrThrow(string yaml, string file)
    {
        var loaded = Load(yaml, file);
        return loaded.Roster ?? throw new DefinitionException(loaded.Diagnostics);
    }
}
