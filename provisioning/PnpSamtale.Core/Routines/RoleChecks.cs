using PnpSamtale.Core.Definitions;

namespace PnpSamtale.Core.Routines;

/// <summary>
/// Checks the roles a routine uses against its glossary. A role whose body is known (L-AU where AU is in the
/// glossary, L-SST where NL-SST is) is reported as missing from the glossary; any other unknown role is reported as
/// unknown, with the closest glossary role as a suggestion (L-KKU → L-KKV). Both are warnings: the routine works,
/// but its author should fix the glossary or the table.
/// </summary>
internal static class RoleChecks
{
    public static IEnumerable<Diagnostic> Check(Routine routine, SourceMap source)
    {
        var glossary = routine.Roles.Select(r => r.Abbreviation).ToHashSet(StringComparer.Ordinal);
        var bodies = glossary.Select(Body).Concat(glossary).ToHashSet(StringComparer.Ordinal);
        foreach (var group in RoutineRoles.All(routine).Where(u => !glossary.Contains(u.Role)).GroupBy(u => u.Role, StringComparer.Ordinal))
        {
            var role = group.Key;
            var first = group.First();
            var where = UsedIn(group);
            if (bodies.Contains(Body(role)))
            {
                var body = routine.FindRole(Body(role)) ?? routine.Roles.FirstOrDefault(r => Body(r.Abbreviation) == Body(role));
                var hint = body is null ? string.Empty : $" (cf. {body.Abbreviation}: {body.Title})";
                yield return Warning(DiagnosticCodes.RoleNotInGlossary, source[first.Path], $"role {role} is used{where} but is not in the glossary (roles){hint}");
                continue;
            }

            var suggestion = Suggestions.Closest(role, glossary);
            var meant = suggestion is null ? string.Empty : $"; did you mean {suggestion} ({routine.FindRole(suggestion)!.Title})?";
            yield return Warning(DiagnosticCodes.UnknownRole, source[first.Path], $"unknown role {role}{where}: it is not in the glossary{meant}");
        }
    }

    /// <summary>The body part of a role: L-KKV → KKV, NL-SST → SST; a role without a prefix is its own body.</summary>
    private static string Body(string role)
    {
        var dash = role.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash < role.Length - 1 ? role[(dash + 1)..] : role;
    }

    private static string UsedIn(IEnumerable<RoleUse> uses)
    {
        var steps = uses.Where(u => u.Step is not null).Select(u => u.Step!.Value.Value).Distinct().ToList();
        return steps.Count == 0 ? string.Empty : $" in {string.Join(", ", steps)}";
    }

    private static Diagnostic Warning(string code, SourceLocation at, string message) => new(Severity.Warning, code, at, message);
}
