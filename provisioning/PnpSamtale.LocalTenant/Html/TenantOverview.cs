using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;
using PnpSamtale.LocalTenant.Views;

namespace PnpSamtale.LocalTenant.Html;

/// <summary>
/// What the HTML view shows, read in one unit of work: sites, their lists with item counts and views, items (id,
/// title, the first custom columns) and, for items with unique permissions, the people who can read them.
/// </summary>
internal static class TenantOverview
{
    /// <summary>The most items shown per list.</summary>
    public const int MaxItems = 200;

    private const int KeyColumns = 3;

    /// <summary>Reads the overview.</summary>
    public static List<SiteView> Load(StoreSession session) =>
        [.. SiteStore.All(session).Select(site => new SiteView(site, [.. ListStore.All(session, site.Id).Select(list => LoadList(session, site, list))]))];

    private static ListView LoadList(StoreSession session, SiteRecord site, ListRecord list)
    {
        var columns = ListStore.Fields(session, list.Id).Where(f => !f.BuiltIn).Take(KeyColumns).ToList();
        if (list.IsLibrary)
        {
            columns.Insert(0, FieldTypes.BuiltIn(true)[^1]);
        }

        var items = ItemStore.All(session, list.Id);

        // A list with folders shows, per row, the folder it is in; a folder's row says it is one.
        var withFolders = items.Any(i => i.IsFolder);
        var root = list.ServerRelativeUrl(site);
        var shown = items.Take(MaxItems).Select(item => new ItemView(
            item.Id,
            item.IsFolder ? $"{item.FileName} (folder)" : item.Title ?? string.Empty,
            [.. (withFolders ? [FolderOf(site, list, item, root)] : Array.Empty<string>()), .. columns.Select(c => Display(session, site, c, item.Values[c.InternalName]))],
            item.HasUnique ? Readers(session, new Securable(site, list, item)) : null));
        var views = ViewStore.All(session, list.Id).Select(v => v.IsDefault ? v.Title + " (default)" : v.Title);
        return new ListView(list, items.Count, [.. (withFolders ? ["Folder"] : Array.Empty<string>()), .. columns.Select(c => c.Title)], [.. shown], [.. views]);
    }

    private static string FolderOf(SiteRecord site, ListRecord list, ItemRecord item, string root)
    {
        var url = Folders.FolderPaths.Url(site, list, item.Folder);
        return url.Length > root.Length ? url[(root.Length + 1)..] : "/";
    }

    private static string Display(StoreSession session, SiteRecord site, FieldDefinition field, JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when field.TypeAsString == FieldTypes.User => PrincipalStore.Find(session, site.Id, v.GetValue<int>())?.Title ?? string.Empty,
        JsonValue v when field.TypeAsString == FieldTypes.Boolean => v.GetValue<bool>() ? "Yes" : "No",
        JsonValue v when field.TypeAsString == FieldTypes.Number => v.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static List<string> Readers(StoreSession session, Securable item)
    {
        var readers = new List<string>();
        foreach (var binding in RoleAssignmentStore.At(session, item.Site.Id, item.Key).GroupBy(b => b.PrincipalId))
        {
            if (!binding.Any(b => b.Role.Permissions.Has(BasePermissions.ViewListItems))
                || PrincipalStore.Find(session, item.Site.Id, binding.Key) is not { } principal)
            {
                continue;
            }

            var roles = string.Join(", ", binding.Select(b => b.Role.Name));
            readers.Add(principal.IsGroup
                ? $"{principal.Title} ({roles}): {string.Join(", ", PrincipalStore.Members(session, item.Site.Id, principal.Id).Select(Person))}"
                : $"{Person(principal)} ({roles})");
        }

        return readers;
    }

    private static string Person(Principal user) => user.Email.Length > 0 ? $"{user.Title} <{user.Email}>" : user.Title;
}

/// <summary>A site and its lists.</summary>
internal sealed record SiteView(SiteRecord Site, IReadOnlyList<ListView> Lists);

/// <summary>A list, its item count, the columns shown, the items shown and its views (the default one marked).</summary>
internal sealed record ListView(ListRecord List, int ItemCount, IReadOnlyList<string> Columns, IReadOnlyList<ItemView> Items, IReadOnlyList<string> Views);

/// <summary>An item: id, title, the shown column values, and who can read it (null when it inherits).</summary>
internal sealed record ItemView(int Id, string Title, IReadOnlyList<string> Values, IReadOnlyList<string>? Readers);
