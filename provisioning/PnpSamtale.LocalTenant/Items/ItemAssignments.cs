using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// The role assignments of a list's items for <c>$expand=RoleAssignments</c>: those of the scope that applies to each
/// item (its own when unique, else the list's or the web's), in the shape <c>{scope}/roleassignments</c> answers. The
/// bindings of every scope of the list and the site's principals are read once, in two queries, so a page of 5,000
/// items costs no query per item.
/// </summary>
internal sealed class ItemAssignments
{
    private readonly Securable list;
    private readonly AssignmentShape shape;
    private readonly Dictionary<string, List<(int PrincipalId, RoleDefinition Role)>> byScope;
    private readonly Dictionary<int, Principal> principals;

    private ItemAssignments(Securable list, AssignmentShape shape, Dictionary<string, List<(int, RoleDefinition)>> byScope, Dictionary<int, Principal> principals)
    {
        this.list = list;
        this.shape = shape;
        this.byScope = byScope;
        this.principals = principals;
    }

    /// <summary>
    /// Loads what the answer carries (see <see cref="ItemExpansion.Shape"/>), or returns null when it carries no role
    /// assignments. An acting user needs ManagePermissions on the list to read role assignments (else 403), as for
    /// <c>{scope}/roleassignments</c>.
    /// </summary>
    public static ItemAssignments? Load(StoreSession session, Securable list, ItemExpansion expansion, IReadOnlyList<string> select, Caller caller)
    {
        if (!expansion.RoleAssignments)
        {
            return null;
        }

        AccessGuard.Require(session, list, caller, BasePermissions.ManagePermissions);
        if (expansion.Shape(select) is not { } shape)
        {
            return null;
        }

        var siteId = list.Site.Id;
        var principals = shape.Member ? PrincipalStore.ById(session, siteId) : [];
        return new ItemAssignments(list, shape, RoleAssignmentStore.OfList(session, siteId, list.List!.Id), principals);
    }

    /// <summary>The assignments that apply to <paramref name="item"/>.</summary>
    public JsonArray For(ItemRecord item)
    {
        var scope = (list with { Item = item }).ApplyingKey;
        return RoleAssignmentJson.Build(byScope.GetValueOrDefault(scope) ?? [], principals.GetValueOrDefault, shape);
    }
}
