using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.Jobs.Reading;

/// <summary>What a job read from one site: its lists' ids, its users, and the items of the lists it asked for.</summary>
public sealed class SiteContent
{
    private readonly IReadOnlyDictionary<string, Guid> lists;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ListItem>> items;
    private readonly IReadOnlyDictionary<int, SiteUser> users;

    internal SiteContent(Uri site, IReadOnlyDictionary<string, Guid> lists, IReadOnlyDictionary<string, IReadOnlyList<ListItem>> items, IReadOnlyDictionary<int, SiteUser> users, RegionalSettings regional)
    {
        Site = site;
        Regional = regional;
        this.lists = lists;
        this.items = items;
        this.users = users;
    }

    /// <summary>The site.</summary>
    public Uri Site { get; }

    /// <summary>The site's regional settings: how it wants dates written, and the zone its date-only columns mean.</summary>
    public RegionalSettings Regional { get; }

    /// <summary>The day a date column holds, in the site's time zone (a date-only value is the UTC instant of local midnight).</summary>
    public DateOnly? Day(ListItem item, string field)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetDateTime(field) is { } instant ? Regional.Day(instant) : null;
    }

    /// <summary>The answers to the extra requests read in the same batch, in order.</summary>
    public IReadOnlyList<WireResponse> Extra { get; init; } = [];

    /// <summary>The id of a list, if the site has it.</summary>
    public Guid? ListId(string title) => lists.TryGetValue(title, out var id) ? id : null;

    /// <summary>The items read from a list (empty when the site has no such list).</summary>
    public IReadOnlyList<ListItem> Items(string title) => items.TryGetValue(title, out var found) ? found : [];

    /// <summary>The UPN (lower case) of the user a person field points at, if known.</summary>
    public string? Upn(int? userId) => userId is { } id && users.TryGetValue(id, out var user) ? UpnOf(user) : null;

    /// <summary>The UPN of a person field of an item (<c>{Field}Id</c>).</summary>
    public string? Person(ListItem item, string field)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Upn(item.GetInt32(field + "Id"));
    }

    /// <summary>
    /// The edit form of an item (<c>listform.aspx</c> with <c>PageType=6</c>, SharePoint's <c>PAGETYPE.PAGE_EDITFORM</c>):
    /// where the person a notice is for sets what shows the step done; its properties, never a file's content. The same
    /// URL works for lists and libraries in SharePoint Online; someone who may only read the item gets its display form.
    /// </summary>
    public Uri ItemLink(string listTitle, int itemId) =>
        new($"{Site.AbsoluteUri.TrimEnd('/')}/_layouts/15/listform.aspx?PageType=6&ListId=%7B{ListId(listTitle):D}%7D&ID={itemId}");

    private static string? UpnOf(SiteUser user) =>
        user.UserPrincipalName is { Length: > 0 } upn ? upn.ToLowerInvariant()
        : user.LoginName.StartsWith(LoginNames.MembershipPrefix, StringComparison.OrdinalIgnoreCase) ? user.LoginName[LoginNames.MembershipPrefix.Length..].ToLowerInvariant()
        : null;
}
