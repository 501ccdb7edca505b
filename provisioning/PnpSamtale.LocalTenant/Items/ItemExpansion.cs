using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The <c>$expand</c> of an item read. Items expand their role assignments only: <c>RoleAssignments</c> (entries with
/// <c>PrincipalId</c>), plus <c>RoleAssignments/Member</c> and <c>RoleAssignments/RoleDefinitionBindings</c>; anything
/// else is a 400. Once expanded, <c>$select</c> may name <c>RoleAssignments</c> and paths under it: they name the
/// expanded entries, not columns, and do not narrow them.
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
