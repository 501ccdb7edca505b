using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The <c>$expand</c> of an item read. Items expand their role assignments only: <c>RoleAssignments</c> (entries with
/// <c>PrincipalId</c>), plus <c>RoleAssignments/Member</c> and <c>RoleAssignments/RoleDefinitionBindings</c>; anything
/// else is a 400. As in SharePoint, an expanded property is returned only when it is also selected ("specify the field
/// name in both <c>$select</c> and <c>$expand</c>"): with a <c>$select</c>, <c>RoleAssignments</c> appears only when the
/// select names it or a path under it, and inside each entry <c>PrincipalId</c>, <c>Member</c> and
/// <c>RoleDefinitionBindings</c> only when named (<c>RoleAssignments/Member</c> …; the root alone gives
/// <c>PrincipalId</c>). Without a <c>$select</c> everything expanded comes back.
/// </summary>
internal sealed record ItemExpansion(bool RoleAssignments, bool Member, bool Bindings)
{
    private const string Navigation = "RoleAssignments";

    /// <summary>Nothing expanded.</summary>
    public static ItemExpansion None { get; } = new(false, false, false);

    /// <summary>Reads <c>$expand</c>; 400 for anything but the role assignment paths.</summary>
    public static ItemExpansion Parse(string? expand)
    {
        var result = None;
        foreach (var name in Projection.Names(expand))
        {
            result = Path(name) switch
            {
                "" => result with { RoleAssignments = true },
                "Member" => result with { RoleAssignments = true, Member = true },
                "RoleDefinitionBindings" => result with { RoleAssignments = true, Bindings = true },
                _ => throw SpErrors.Unsupported(
                    $"Expanding '{name}' is not supported by the local tenant; items expand RoleAssignments, RoleAssignments/Member and RoleAssignments/RoleDefinitionBindings only."),
            };
        }

        return result;
    }

    /// <summary>Whether a <c>$select</c> name is <c>RoleAssignments</c> or a path under it, and so not a column once expanded.</summary>
    public bool Covers(string selectName) => RoleAssignments && Path(selectName) is not null;

    /// <summary>
    /// What of the expanded role assignments the answer carries for the <c>$select</c> names (none when empty), or
    /// <c>null</c> when it carries no <c>RoleAssignments</c> at all.
    /// </summary>
    public AssignmentShape? Shape(IReadOnlyList<string> select)
    {
        if (!RoleAssignments)
        {
            return null;
        }

        if (select.Count == 0)
        {
            return new AssignmentShape(true, Member, Bindings);
        }

        var paths = select.Select(Path).OfType<string>().ToList();
        if (paths.Count == 0)
        {
            return null;
        }

        bool Named(string property) => paths.Any(p => p.Equals(property, StringComparison.OrdinalIgnoreCase) || p.StartsWith(property + "/", StringComparison.OrdinalIgnoreCase));
        return new AssignmentShape(paths.Contains(string.Empty) || Named("PrincipalId"), Member && Named("Member"), Bindings && Named("RoleDefinitionBindings"));
    }

    /// <summary>The part after <c>RoleAssignments/</c> (canonical casing for the known ones), "" for <c>RoleAssignments</c> itself, null otherwise.</summary>
    private static string? Path(string name)
    {
        if (string.Equals(name, Navigation, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        if (!name.StartsWith(Navigation + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = name[(Navigation.Length + 1)..];
        return rest.Equals("Member", StringComparison.OrdinalIgnoreCase) ? "Member"
            : rest.Equals("RoleDefinitionBindings", StringComparison.OrdinalIgnoreCase) ? "RoleDefinitionBindings"
            : rest;
    }
}

/// <summary>What each role assignment entry of an item carries.</summary>
/// <param name="PrincipalId">Its <c>PrincipalId</c>.</param>
/// <param name="Member">Its expanded <c>Member</c>.</param>
/// <param name="Bindings">Its expanded <c>RoleDefinitionBindings</c>.</param>
internal sealed record AssignmentShape(bool PrincipalId, bool Member, bool Bindings);
