using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// The wire shape of role assignments, for <c>{scope}/roleassignments</c> and for items read with
/// <c>$expand=RoleAssignments</c> alike: <c>[{"PrincipalId","Member":{…},"RoleDefinitionBindings":[…]}]</c>, one entry
/// per principal, <c>Member</c> and <c>RoleDefinitionBindings</c> only when expanded.
/// </summary>
internal static class RoleAssignmentJson
{
    /// <summary>The assignments of <paramref name="bindings"/> (ordered by principal, then level order).</summary>
    public static JsonArray Build(IEnumerable<(int PrincipalId, RoleDefinition Role)> bindings, Func<int, Principal?> member, bool withMember, bool withBindings)
    {
        var value = new JsonArray();
        foreach (var group in bindings.GroupBy(b => b.PrincipalId))
        {
            var assignment = new JsonObject { ["PrincipalId"] = group.Key };
            if (withMember)
            {
                assignment["Member"] = member(group.Key)?.ToJson();
            }

            if (withBindings)
            {
                assignment["RoleDefinitionBindings"] = new JsonArray([.. group.Select(b => (JsonNode)b.Role.ToJson())]);
            }

            value.Add(assignment);
        }

        return value;
    }
}
