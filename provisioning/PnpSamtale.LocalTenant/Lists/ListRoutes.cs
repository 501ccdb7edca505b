using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>The path forms that address a list, an item and a securable scope.</summary>
internal static class ListRoutes
{
    /// <summary>A list by id (<c>lists(guid'…')</c>, <c>lists/getbyid(guid'…')</c>) or by title (<c>getbytitle('…')</c>).</summary>
    public static IReadOnlyList<string> Lists { get; } =
    [
        WebEndpoints.Api + "/web/lists({listKey})",
        WebEndpoints.Api + "/web/lists/getbyid({listKey})",
        WebEndpoints.Api + "/web/lists/getbytitle({listTitle})",
    ];

    /// <summary>An item of a list in any of the list forms.</summary>
    public static IReadOnlyList<string> Items { get; } = [.. Lists.Select(l => l + "/items({itemId})")];

    /// <summary>Every securable scope: the web, a list, an item.</summary>
    public static IReadOnlyList<string> Scopes { get; } = [WebEndpoints.Api + "/web", .. Lists, .. Items];
}
