using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// What an acting user may do, checked as SharePoint does: what they cannot view is hidden (404), what they can view
/// but not change is refused (403). A list is visible with <c>ViewListItems</c> on it or on any of its items
/// (SharePoint's implicit limited access).
/// </summary>
internal static class AccessGuard
{
    /// <summary>404 list not found unless the caller can see the list.</summary>
    public static void RequireListVisible(StoreSession session, Securable list, Caller caller, Uri siteUrl)
    {
        if (caller.IsApp || CanSeeList(session, list, caller))
        {
            return;
        }

        throw SpErrors.ListNotFound(list.List!.Title, siteUrl);
    }

    /// <summary>404 item not found unless the caller can view the item.</summary>
    public static void RequireItemVisible(StoreSession session, Securable item, Caller caller)
    {
        if (!PermissionEvaluator.For(session, item, caller).Has(BasePermissions.ViewListItems))
        {
            throw SpErrors.ItemNotFound();
        }
    }

    /// <summary>403 unless the caller has <paramref name="lowBits"/> on <paramref name="target"/>.</summary>
    public static void Require(StoreSession session, Securable target, Caller caller, uint lowBits)
    {
        if (!PermissionEvaluator.For(session, target, caller).Has(lowBits))
        {
            throw SpErrors.AccessDenied();
        }
    }

    /// <summary>Whether the caller can view the item.</summary>
    public static bool CanView(StoreSession session, Securable item, Caller caller) =>
        PermissionEvaluator.For(session, item, caller).Has(BasePermissions.ViewListItems);

    private static bool CanSeeList(StoreSession session, Securable list, Caller caller)
    {
        if (PermissionEvaluator.For(session, list, caller).Has(BasePermissions.ViewListItems))
        {
            return true;
        }

        return ItemStore.WithUniquePermissions(session, list.List!.Id).Any(item => CanView(session, list with { Item = item }, caller));
    }
}
