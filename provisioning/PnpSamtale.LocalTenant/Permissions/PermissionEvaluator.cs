using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// Effective permissions: full for the app principal and site collection administrators; otherwise the union of the
/// levels bound, at the scope that applies, to the user directly or to a group the user is in.
/// </summary>
internal static class PermissionEvaluator
{
    /// <summary>The effective permissions of <paramref name="user"/> on <paramref name="target"/> (none for null).</summary>
    public static BasePermissions For(StoreSession session, Securable target, Principal? user)
    {
        if (user is null || user.IsGroup)
        {
            return BasePermissions.Empty;
        }

        if (user.IsSiteAdmin || string.Equals(user.LoginName, LoginNames.AppPrincipal, StringComparison.OrdinalIgnoreCase))
        {
            return BasePermissions.Full;
        }

        return RoleAssignmentStore.EffectiveFor(session, target.Site.Id, target.ApplyingKey, user.Id);
    }

    /// <summary>The effective permissions of the caller on <paramref name="target"/>.</summary>
    public static BasePermissions For(StoreSession session, Securable target, Caller caller) =>
        caller.IsApp ? BasePermissions.Full : For(session, target, UserOf(session, target.Site, caller));

    /// <summary>The site user the caller runs as, or null when the acting user is not a user of the site.</summary>
    public static Principal? UserOf(StoreSession session, SiteRecord site, Caller caller) =>
        PrincipalStore.FindUserByLogin(session, site.Id, caller.LoginName);
}
