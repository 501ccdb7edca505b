using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Users;

/// <summary><c>ensureuser</c>: a site user for a login, created on first use with the same id ever after.</summary>
internal static class SiteUsers
{
    /// <summary>The app principal of the site.</summary>
    public static Principal AppPrincipal(StoreSession session, SiteRecord site) =>
        PrincipalStore.FindUserByLogin(session, site.Id, LoginNames.AppPrincipal)
        ?? throw new InvalidOperationException("A site without its app principal.");

    /// <summary>
    /// The site user for <paramref name="logonName"/> (a membership claim or a bare UPN), added to the site when new.
    /// A login that is not a UPN, or a person the directory does not know, is the documented 404.
    /// </summary>
    public static Principal Ensure(StoreSession session, SiteRecord site, string? logonName, bool acceptAnyUpn)
    {
        if (string.Equals(logonName?.Trim(), LoginNames.AppPrincipal, StringComparison.OrdinalIgnoreCase))
        {
            return AppPrincipal(session, site);
        }

        var person = Resolve(session, logonName, acceptAnyUpn) ?? throw SpErrors.UserUnknown(logonName ?? string.Empty);
        return EnsurePerson(session, site, person, isSiteAdmin: false);
    }

    /// <summary>The directory entry for a login, or null when it is not a UPN or the directory lacks the person.</summary>
    public static DirectoryEntry? Resolve(StoreSession session, string? logonName, bool acceptAnyUpn) =>
        LoginNames.TryGetUpn(logonName, out var upn) ? DirectoryStore.Resolve(session, upn, acceptAnyUpn) : null;

    /// <summary>The site user of a directory person, added when new.</summary>
    public static Principal EnsurePerson(StoreSession session, SiteRecord site, DirectoryEntry person, bool isSiteAdmin)
    {
        var login = LoginNames.ForUpn(person.Upn);
        return PrincipalStore.FindUserByLogin(session, site.Id, login)
            ?? PrincipalStore.Insert(session, site.Id, new Principal(0, Principal.User, login, person.DisplayName, person.Upn, person.Upn, isSiteAdmin, null, null));
    }
}
