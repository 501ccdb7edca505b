using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Lists;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Files;

/// <summary>
/// Saves a document in a library's root folder, for <c>Files/AddUsingPath</c> and Graph's drive upload alike: a new
/// file is a new library item (<c>FileLeafRef</c> = the name, permissions inherited); an existing one gets a new
/// version of its item and its bytes replaced. Adding needs AddListItems, replacing EditListItems (else 403).
/// </summary>
internal static class DocumentWriter
{
    /// <summary>Saves <paramref name="content"/> as <paramref name="name"/>; 400 when it exists and <paramref name="overwrite"/> is false.</summary>
    public static SavedDocument Save(StoreSession session, Securable library, string name, byte[] content, bool overwrite, Caller caller)
    {
        var list = library.List!;
        var existing = FileStore.Find(session, list.Id, name);
        var item = SaveItem(session, library, existing, name, overwrite, caller);
        var file = new FileRecord(list.Id, item.Id, existing?.Name ?? name, existing?.UniqueId ?? Guid.NewGuid(), item.Modified, content.LongLength);
        FileStore.Save(session, file, content);
        return new SavedDocument(item, file, existing is null);
    }

    /// <summary>The server-relative URL of a document in the library.</summary>
    public static string Url(Securable library, string name) => library.List!.ServerRelativeUrl(library.Site) + "/" + name;

    /// <summary>The library item behind an upload: the existing one as a new version, or a new one.</summary>
    private static ItemRecord SaveItem(StoreSession session, Securable library, FileRecord? existing, string name, bool overwrite, Caller caller)
    {
        var list = library.List!;
        var editor = PermissionEvaluator.UserOf(session, library.Site, caller) ?? throw SpErrors.AccessDenied();
        if (existing is not null)
        {
            var target = library with { Item = ItemStore.Find(session, list.Id, existing.ItemId) };
            AccessGuard.RequireItemVisible(session, target, caller);
            AccessGuard.Require(session, target, caller, BasePermissions.EditListItems);
            return overwrite
                ? ItemStore.Update(session, target.Item!, target.Item!.Values, editor.Id)
                : throw SpErrors.FileExists(Url(library, name));
        }

        AccessGuard.Require(session, library, caller, BasePermissions.AddListItems);
        var now = session.Now;
        var item = new ItemRecord(list.Id, ListStore.NextItemId(session, list.Id), new JsonObject { ["FileLeafRef"] = name, ["Title"] = null, [ItemPlacement.DirField] = list.ServerRelativeUrl(library.Site) }, 1, now, now, editor.Id, editor.Id, false);
        ItemStore.Insert(session, item);
        return item;
    }
}

/// <summary>A saved document: its library item (as now stored), its file, and whether it was new.</summary>
internal sealed record SavedDocument(ItemRecord Item, FileRecord File, bool Created);
