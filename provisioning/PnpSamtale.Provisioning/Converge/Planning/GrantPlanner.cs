using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>A role a principal (a group or a person) should hold at a scope.</summary>
/// <param name="Principal">A <see cref="GroupRef"/>, a <see cref="UserRef"/> or a <see cref="PrincipalRef"/>.</param>
/// <param name="Role">A built-in level (<see cref="RoleRef"/>) or one the plan adds (<see cref="NamedRoleRef"/>).</param>
internal sealed record DesiredGrant(PlanRef Principal, PlanRef Role)
{
    public DesiredGrant(PlanRef principal, RoleTypeKind role)
        : this(principal, new RoleRef(role))
    {
    }
}

/// <summary>
/// The permission changes of one scope: its own permissions when it inherits, then exactly the desired grants among the
/// principals it manages — missing ones added, others removed. The app principal and "Limited access" (SharePoint adds
/// it by itself) are never touched.
/// </summary>
internal static class GrantPlanner
{
    /// <param name="context">The planning context.</param>
    /// <param name="scope">The scope as the plan names it.</param>
    /// <param name="resolve">Builds the scope from resolved ids.</param>
    /// <param name="needs">What the scope itself needs resolved (its list, its item).</param>
    /// <param name="state">What the scope holds now; <c>null</c> for a scope made in this run (it inherits).</param>
    /// <param name="desired">The grants it should have.</param>
    /// <param name="managed">Whether a principal (by id) is the plan's to manage at this scope.</param>
    public static void Plan(
        PlanContext context, PlanRef scope, Func<IdBook, SecurableScope> resolve, IReadOnlyList<PlanRef> needs, ScopeState? state, IReadOnlyList<DesiredGrant> desired, Func<int, bool>? managed = null)
    {
        var actual = context.Actual;
        var site = context.Site;
        var unique = state?.HasUnique == true;
        if (!unique)
        {
            context.Add(Ops.BreakInheritance(site, scope, resolve, needs));
        }
        else
        {
            context.Known.Record(new UniqueScopeRef(scope));
        }

        var current = unique ? state!.Assignments : [];
        var have = current
            .Where(a => !string.Equals(a.Member.LoginName, actual.AppLoginName, StringComparison.OrdinalIgnoreCase) && (managed?.Invoke(a.PrincipalId) ?? true))
            .GroupBy(a => a.PrincipalId)
            .ToDictionary(g => g.Key, g => (Name: g.First().Member.Title, Roles: g.SelectMany(a => a.RoleDefinitionBindings).ToList()));
        var wanted = new HashSet<(int, int)>();
        foreach (var grant in desired.Distinct())
        {
            var principalId = context.KnownId(grant.Principal);
            var roleId = grant.Role switch
            {
                RoleRef builtIn => actual.RoleDefinitions.GetValueOrDefault((int)builtIn.Kind),
                NamedRoleRef named => actual.RoleDefinitionNames.GetValueOrDefault(named.Name),
                _ => 0,
            };
            if (principalId is { } id && roleId != 0)
            {
                wanted.Add((id, roleId));
                if (have.TryGetValue(id, out var held) && held.Roles.Any(r => r.Id == roleId))
                {
                    continue;
                }
            }

            context.Add(Ops.Grant(site, scope, resolve, needs, grant.Principal, grant.Role));
        }

        var limitedAccess = actual.RoleDefinitions.GetValueOrDefault((int)RoleTypeKind.Guest);
        foreach (var (principalId, held) in have)
        {
            foreach (var role in held.Roles.Where(r => r.Id != limitedAccess && !wanted.Contains((principalId, r.Id))))
            {
                context.Add(Ops.Revoke(site, scope, resolve, needs, held.Name, principalId, role.Id, role.Name));
            }
        }
    }
}
