using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// The wire shape of role assignments, for <c>{scope}/roleassignments</c> and for items read with
/// <c>$expand=RoleAssignments</c> alike: <c>[{"PrincipalId","Member":{…},"RoleDefinitionBindings":[…]}]</c>, one entry
/// per principal, each property only when selected and, for <c>Member</c> and <c>RoleDefinitionBindings</c>, expanded
/// (<see cref="Items.AssignmentShape"/>).
/// </summary>
internal static class RoleAssignmentJson
{
    /// <summary>The assignments of <paramref name="bindings"/> (ordered by principal, then level order).</summary>
    public static JsonArray Build(IEnumerable<(int PrincipalId, RoleDefinition Role)> bindings, Func<int, Principal?> member, Items.AssignmentShape shape)
    {
        var value = new JsonArray();
        foreach (var group in bindings.GroupBy(b => b.PrincipalId))
        {
            var assignment = new JsonObject();
            if (shape.PrincipalId)
            {
                assignment["PrincipalId"] = group.Key;
            }

            if (shape.Member)
            {
                assignment["Member"] = member(group.Key)?.ToJson();
            }

            if (shape.Bindings)
            {
                assignment["RoleDefinitionBindings"] = new JsonArray([.. group.Select(b => (JsonNode)b.Role.ToJson())]);
            }

            value.Add(assignment);
        }

        return value;
    }
}
