using System.Globalization;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Permissions;

/// <summary>
/// Builders for permissions at web, list and item scope. Only SharePoint REST has these for users and groups (Graph
/// can grant applications only), which is why items and permissions stay on SharePoint REST.
/// </summary>
public static class PermissionRequests
{
    /// <summary><c>POST {scope}/breakroleinheritance(copyRoleAssignments={bool},clearSubscopes={bool})</c>.</summary>
    public static WireRequest BreakInheritance(SecurableScope scope, bool copyRoleAssignments, bool clearSubscopes)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SharePointRequest.IdempotentPost(scope.Api(
            "/breakroleinheritance(copyRoleAssignments=" + Bool(copyRoleAssignments) + ",clearSubscopes=" + Bool(clearSubscopes) + ")"));
    }

    /// <summary><c>POST {scope}/resetroleinheritance</c>.</summary>
    public static WireRequest ResetInheritance(SecurableScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SharePointRequest.IdempotentPost(scope.Api("/resetroleinheritance"));
    }

    /// <summary><c>POST {scope}/roleassignments/addroleassignment(principalid={id},roledefid={id})</c>.</summary>
    public static WireRequest AddRoleAssignment(SecurableScope scope, int principalId, int roleDefinitionId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SharePointRequest.IdempotentPost(scope.Api("/roleassignments/addroleassignment" + Pair(principalId, roleDefinitionId)));
    }

    /// <summary><c>POST {scope}/roleassignments/removeroleassignment(principalid={id},roledefid={id})</c>.</summary>
    public static WireRequest RemoveRoleAssignment(SecurableScope scope, int principalId, int roleDefinitionId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SharePointRequest.IdempotentPost(scope.Api("/roleassignments/removeroleassignment" + Pair(principalId, roleDefinitionId)));
    }

    /// <summary><c>GET {scope}/roleassignments?$expand=Member,RoleDefinitionBindings</c>.</summary>
    public static WireRequest GetRoleAssignments(SecurableScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SharePointRequest.Get(scope.Api("/roleassignments?$expand=Member,RoleDefinitionBindings"));
    }

    /// <summary><c>GET {scope}?$select=HasUniqueRoleAssignments</c>.</summary>
    public static WireRequest GetHasUniqueRoleAssignments(SecurableScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SharePointRequest.Get(scope.Api("?$select=HasUniqueRoleAssignments"));
    }

    /// <summary>
    /// <c>GET {scope}/getusereffectivepermissions(@user)?@user='{urlencoded login name}'</c>; a UPN gets the
    /// <c>i:0#.f|membership|</c> prefix first.
    /// </summary>
    public static WireRequest GetUserEffectivePermissions(SecurableScope scope, string upnOrLoginName)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var login = Users.LoginNames.ForUser(upnOrLoginName).Replace("'", "''", StringComparison.Ordinal);
        return SharePointRequest.Get(scope.Api("/getusereffectivepermissions(@user)?@user='" + ODataLiteral.Query(login) + "'"));
    }

    /// <summary>The request for one <see cref="PermissionChange"/>.</summary>
    public static WireRequest For(PermissionChange change) => change switch
    {
        BreakInheritance b => BreakInheritance(b.Scope, b.CopyRoleAssignments, b.ClearSubscopes),
        ResetInheritance r => ResetInheritance(r.Scope),
        AddRoleAssignment a => AddRoleAssignment(a.Scope, a.PrincipalId, a.RoleDefinitionId),
        RemoveRoleAssignment r => RemoveRoleAssignment(r.Scope, r.PrincipalId, r.RoleDefinitionId),
        null => throw new ArgumentNullException(nameof(change)),
        _ => throw new ArgumentException($"Unknown permission change {change.GetType().Name}.", nameof(change)),
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Pair(int principalId, int roleDefinitionId) =>
        "(principalid=" + principalId.ToString(CultureInfo.InvariantCulture) + ",roledefid="
        + roleDefinitionId.ToString(CultureInfo.InvariantCulture) + ")";
}
