using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Sites;

namespace PnpSamtale.LocalTenant.Permissions;

/// <summary>
/// A securable object (the web, a list, a folder or an item) and how its permissions are inherited: item → folder(s)
/// → list → web.
/// </summary>
internal sealed record Securable(SiteRecord Site, ListRecord? List, ItemRecord? Item)
{
    /// <summary>The scope key of this object.</summary>
    public string Key => Item is not null ? ScopeKeys.Item(Item.ListId, Item.Id) : List is not null ? ScopeKeys.List(List.Id) : ScopeKeys.Web;

    /// <summary>Whether the object has its own role assignments (the root web always has).</summary>
    public bool HasUnique => Item?.HasUnique ?? List?.HasUnique ?? true;

    /// <summary>Whether this is the web.</summary>
    public bool IsWeb => List is null;

    /// <summary>The scope whose role assignments apply: this one, or the nearest ancestor with unique permissions.</summary>
    public string ApplyingKey => HasUnique ? Key : Parent().ApplyingKey;

    /// <summary>The object this one inherits from: an item's folder, else its list; a list's web.</summary>
    public Securable Parent() => Item is { Folder: { } folder } ? this with { Item = folder }
        : Item is not null ? this with { Item = null }
        : this with { List = null };
}
