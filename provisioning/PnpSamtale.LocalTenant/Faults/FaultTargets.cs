using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Faults;

/// <summary>What an <see cref="EndpointFault"/> with a <see cref="EndpointFault.List"/> compares: the title of the list a request addresses.</summary>
internal static class FaultTargets
{
    /// <summary>
    /// The title of the list the request's path names (<c>getbytitle('…')</c>, or <c>lists(guid'…')</c> looked up in its
    /// site), or null when the path names no list or names one that does not exist.
    /// </summary>
    public static string? ListTitle(HttpContext http)
    {
        if (Targets.RouteValue(http, "listTitle") is { } title)
        {
            return TryParse(() => Http.ODataArgs.String(title));
        }

        if (Targets.RouteValue(http, "listKey") is not { } key || Targets.RouteValue(http, "site") is not { } siteName)
        {
            return null;
        }

        return TryParse(() =>
        {
            var id = Http.ODataArgs.Guid(key);
            return http.Tenant().Database.Run(session =>
                SiteStore.Find(session, siteName) is { } site ? ListStore.Find(session, site.Id, id)?.Title : null);
        });
    }

    // A malformed key is the endpoint's to refuse; it simply matches no list here.
    private static string? TryParse(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (Http.SharePointErrorException)
        {
            return null;
        }
    }
}
