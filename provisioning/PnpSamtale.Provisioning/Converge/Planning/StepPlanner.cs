using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// The round steps the people of a role mark (OrgKons for 1.3): their step's item gets permissions of its own — what
/// the web gives everyone, and edit for those people. Every other step inherits the web's.
/// </summary>
internal static class StepPlanner
{
    public static void Plan(PlanContext context)
    {
        var round = context.Desired.Round;
        var list = context.Desired.List(ListRole.Steps);
        if (round is null || list is null || list.Blueprint.ItemPermissions != ItemPermissions.Step)
        {
            return;
        }

        var state = context.Actual.Lists.GetValueOrDefault(list.Title);
        var items = ItemPlanner.Identity(context, list, state);
        var web = StructurePlanner.Grants(context, context.Desired.WebPermissions);
        foreach (var (step, editors) in round.StepEditors.Where(s => s.Value.Count > 0).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (!list.Items.Any(i => i.Key == step))
            {
                continue;
            }

            var reference = new ItemRef(list.Title, step);
            var item = items.GetValueOrDefault(step);
            var site = context.Site;
            GrantPlanner.Plan(context, reference, book => SecurableScope.Item(site, book.List(list.Title), book.Item(list.Title, step)), [new ListRef(list.Title), reference],
                item is null ? null : new ScopeState(item.HasUnique, item.Assignments),
                [.. web, .. editors.Select(e => new DesiredGrant(new UserRef(e), NamedRoleRef.EditWithoutDelete))]);
        }
    }
}
