using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Sites;

/// <summary>
/// Creates a site collection as SharePoint does for STS#3: the built-in permission levels, the app principal, the
/// owner as site collection administrator, and the groups <c>{Title} Owners</c> (Full Control),
/// <c>{Title} Members</c> (Edit) and <c>{Title} Visitors</c> (Read) bound on the web.
/// </summary>
internal static class SiteProvisioner
{
    /// <summary>The status of a site whose creation was just requested.</summary>
    public const int Provisioning = 1;

    /// <summary>The status of a ready site.</summary>
    public const int Ready = 2;

    /// <summary>Creates the site and returns it.</summary>
    public static SiteRecord Create(StoreSession session, SiteRequest request, DirectoryEntry owner)
    {
        var site = new SiteRecord(Guid.NewGuid(), Guid.NewGuid(), request.Name, request.Title, request.Description, request.Lcid, request.Template, Provisioning, session.Now, request.TimeZoneId);
        SiteStore.Insert(session, site);
        RoleStore.Seed(session, site.Id);
        PrincipalStore.Insert(session, site.Id, new Principal(0, Principal.User, LoginNames.AppPrincipal, LoginNames.AppPrincipalTitle, string.Empty, null, true, null, null));
        var ownersTitle = $"{site.Title} Owners";
        foreach (var (suffix, kind) in new[] { ("Owners", RoleCatalog.Administrator), ("Members", RoleCatalog.Editor), ("Visitors", RoleCatalog.Reader) })
        {
            var title = $"{site.Title} {suffix}";
            var group = PrincipalStore.Insert(session, site.Id, new Principal(0, Principal.Group, title, title, string.Empty, null, false, null, ownersTitle));
            RoleAssignmentStore.Add(session, site.Id, ScopeKeys.Web, group.Id, RoleCatalog.OfKind(kind).Id);
        }

        SiteUsers.EnsurePerson(session, site, owner, isSiteAdmin: true);
        return site;
    }
}

/// <summary>What <c>SPSiteManager/create</c> asked for.</summary>
internal sealed record SiteRequest(string Name, string Title, string Description, int Lcid, string Template, string Owner, int TimeZoneId);
