using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Converge.Plan;
using PnpSamtale.SharePoint.Permissions;
using PnpSamtale.SharePoint.Views;

namespace PnpSamtale.Provisioning.Converge.Planning;

/// <summary>
/// The site's structure: the people granted something directly, the groups and their members, the lists with their
/// columns (columns the blueprint gained are added to lists that exist), formatting and views, and the web's and the
/// lists' own permissions by role group.
/// </summary>
internal static class StructurePlanner
{
    public static void Plan(PlanContext context)
    {
        var desired = context.Desired;
        var actual = context.Actual;
        var site = context.Site;
        foreach (var upn in desired.Grantees.Where(p => !actual.Users.ContainsKey(p)))
        {
            context.Add(Ops.EnsureUser(site, upn));
        }

        if (desired.Round is not null && !actual.RoleDefinitionNames.ContainsKey(PermissionLevels.EditWithoutDelete))
        {
            context.Add(Ops.CreateRoleDefinition(site, PermissionLevels.EditWithoutDelete, PermissionLevels.EditWithoutDeleteDescription, PermissionLevels.High, PermissionLevels.Low));
        }

        foreach (var group in desired.Groups)
        {
            if (!actual.Groups.TryGetValue(group.Title, out var id))
            {
                context.Add(Ops.CreateGroup(site, group));
            }

            var members = actual.GroupMembers.GetValueOrDefault(id) ?? [];
            foreach (var upn in group.Members.Where(m => !members.Contains(m)))
            {
                context.Add(Ops.AddMember(site, group.Title, upn));
            }

            var ids = actual.GroupMemberIds.GetValueOrDefault(id) ?? [];
            foreach (var upn in members.Where(m => !group.Members.Contains(m, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                context.Add(Ops.RemoveMember(site, group.Title, id, upn, ids[upn]));
            }
        }

        foreach (var list in desired.Lists)
        {
            var state = actual.Lists.GetValueOrDefault(list.Title);
            if (state is null)
            {
                context.Add(Ops.CreateList(site, context.GraphBase, actual.GraphSiteId ?? string.Empty, list));
            }
            else
            {
                foreach (var column in list.Blueprint.Columns.Where(c => !state.FieldNames.Contains(c.Definition.Name)))
                {
                    context.Add(Ops.AddColumn(site, context.GraphBase, actual.GraphSiteId!, list.Title, column.Definition));
                }
            }

            if (list.Blueprint.ItemPermissions == ItemPermissions.ConversationFolder)
            {
                if (state?.FoldersEnabled == true)
                {
                    context.Known.Record(new FoldersRef(list.Title));
                }
                else
                {
                    context.Add(Ops.EnableFolders(site, list.Title));
                }
            }

            Formatters(context, list, state);
            Views(context, list, state);
        }

        var ours = desired.Groups.Select(g => actual.Groups.GetValueOrDefault(g.Title)).Where(id => id != 0).ToHashSet();
        GrantPlanner.Plan(context, WebRef.Instance, _ => SecurableScope.Web(site), [], actual.Web, Grants(context, desired.WebPermissions), ours.Contains);
        foreach (var list in desired.Lists.Where(l => l.Blueprint.Permissions is not null))
        {
            var listRef = new ListRef(list.Title);
            GrantPlanner.Plan(context, listRef, book => SecurableScope.List(site, book.List(list.Title)), [listRef],
                actual.Lists.GetValueOrDefault(list.Title)?.Scope, Grants(context, list.Blueprint.Permissions!));
        }
    }

    /// <summary>The grants of a blueprint's role-group matrix, for the groups the site is designed with.</summary>
    public static IReadOnlyList<DesiredGrant> Grants(PlanContext context, IReadOnlyDictionary<RoleGroup, SharePoint.RoleDefinitions.RoleTypeKind> matrix) =>
        [.. matrix.Select(grant => context.Desired.Groups.FirstOrDefault(g => g.Key == grant.Key) is { } group ? new DesiredGrant(new GroupRef(group.Title), grant.Value) : null).OfType<DesiredGrant>()];

    private static void Formatters(PlanContext context, Desired.DesiredList list, ActualList? state)
    {
        foreach (var column in list.Blueprint.Columns.Where(c => c.Formatter is not null))
        {
            if (state?.Formatters.GetValueOrDefault(column.Definition.Name) != column.Formatter)
            {
                context.Add(Ops.SetFormatter(context.Site, list.Title, column.Definition.Name, column.Formatter!));
            }
        }
    }

    private static void Views(PlanContext context, Desired.DesiredList list, ActualList? state)
    {
        foreach (var view in list.Blueprint.Views)
        {
            var existing = state?.Views.Where(v => string.Equals(v.Title, view.Title, StringComparison.Ordinal)).ToArray() ?? [];
            if (existing.Length == 1 && existing[0].Fields.SequenceEqual(view.Fields, StringComparer.Ordinal) && existing[0].Query == view.Query && existing[0].RowLimit == view.RowLimit)
            {
                continue;
            }

            foreach (var stale in existing)
            {
                context.Add(Ops.DeleteView(context.Site, list.Title, view.Title, stale.Id));
            }

            context.Add(Ops.AddView(context.Site, list.Title, new ViewDefinition(view.Title, view.Fields, view.Query, view.RowLimit)));
        }
    }
}
