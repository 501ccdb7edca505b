using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>Breaking, resetting and editing role assignments of a securable object.</summary>
internal static class Inheritance
{
    /// <summary>
    /// Gives <paramref name="target"/> its own role assignments: a copy of those it inherited, or only
    /// <paramref name="caller"/> with Full Control. An object that already has unique permissions keeps them.
    /// <paramref name="clearSubscopes"/> makes every child inherit again.
    /// </summary>
    public static void Break(StoreSession session, Securable target, bool copy, bool clearSubscopes, Principal caller, int limit)
    {
        if (!target.HasUnique)
        {
            if (target.Item is not null)
            {
                RequireScopeLeft(session, target.List!.Id, limit);
            }

            var siteId = target.Site.Id;
            var inherited = target.Parent().ApplyingKey;
            SetUnique(session, target, true);
            if (copy)
            {
                RoleAssignmentStore.Copy(session, siteId, inherited, target.Key);
            }
            else
            {
                RoleAssignmentStore.Add(session, siteId, target.Key, caller.Id, RoleCatalog.OfKind(RoleCatalog.Administrator).Id);
            }
        }

        if (clearSubscopes)
        {
            ClearSubscopes(session, target);
        }
    }

    /// <summary>
    /// SharePoint allows at most <paramref name="limit"/> items of a list with permissions of their own (50,000 in
    /// SharePoint Online); breaking one more is refused.
    /// </summary>
    private static void RequireScopeLeft(StoreSession session, Guid listId, int limit)
    {
        var unique = session.Scalar<int>("SELECT COUNT(*) FROM items WHERE list_id = @list AND has_unique = 1", ("@list", StoreValues.Text(listId)));
        if (unique >= limit)
        {
            throw SpErrors.TooManyUniqueScopes();
        }
    }

    /// <summary>Makes <paramref name="target"/> inherit again; the root web cannot.</summary>
    public static void Reset(StoreSession session, Securable target)
    {
        if (target.IsWeb)
        {
            throw SpErrors.Unsupported("The top-level web of a site collection cannot inherit permissions.");
        }

        RoleAssignmentStore.Clear(session, target.Site.Id, target.Key);
        SetUnique(session, target, false);
    }

    /// <summary>Binds a level to a principal at <paramref name="target"/>, which must have unique permissions.</summary>
    public static void Add(StoreSession session, Securable target, int principalId, int roleId)
    {
        RequireUnique(target);
        _ = PrincipalStore.Find(session, target.Site.Id, principalId) ?? throw SpErrors.OutOfRange();
        _ = RoleStore.Find(session, target.Site.Id, roleId) ?? throw SpErrors.OutOfRange();
        RoleAssignmentStore.Add(session, target.Site.Id, target.Key, principalId, roleId);
    }

    /// <summary>Removes a binding from <paramref name="target"/>, which must have unique permissions.</summary>
    public static void Remove(StoreSession session, Securable target, int principalId, int roleId)
    {
        RequireUnique(target);
        RoleAssignmentStore.Remove(session, target.Site.Id, target.Key, principalId, roleId);
    }

    private static void RequireUnique(Securable target)
    {
        if (!target.HasUnique)
        {
            throw SpErrors.Unsupported("The object inherits its role assignments; call breakroleinheritance first.");
        }
    }

    private static void SetUnique(StoreSession session, Securable target, bool unique)
    {
        if (target.Item is { } item)
        {
            ItemStore.SetUnique(session, item.ListId, item.Id, unique);
        }
        else if (target.List is { } list)
        {
            ListStore.SetUnique(session, list.Id, unique);
        }
    }

    private static void ClearSubscopes(StoreSession session, Securable target)
    {
        if (target.Item is not null)
        {
            if (target.Item.IsFolder)
            {
                ClearFolder(session, target, target.Item);
            }

            return;
        }

        var lists = target.List is { } list ? [list] : ListStore.All(session, target.Site.Id);
        foreach (var child in lists)
        {
            if (target.IsWeb && child.HasUnique)
            {
                Reset(session, target with { List = child });
            }

            foreach (var item in ItemStore.WithUniquePermissions(session, child.Id))
            {
                Reset(session, target with { List = child, Item = item });
            }
        }
    }

    /// <summary>Makes everything inside a folder, at any depth, inherit again.</summary>
    private static void ClearFolder(StoreSession session, Securable target, ItemRecord folder)
    {
        foreach (var child in ItemStore.InFolder(session, folder.ListId, folder.Id))
        {
            if (child.HasUnique)
            {
                Reset(session, target with { Item = child with { Folder = folder } });
            }

            if (child.IsFolder)
            {
                ClearFolder(session, target, child with { Folder = folder });
            }
        }
    }
}
