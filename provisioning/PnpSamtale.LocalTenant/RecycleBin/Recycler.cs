using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Files;
using PnpSamtale.LocalTenant.Folders;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.RecycleBin;

/// <summary>
/// Moves an item (and the file of a library item) to the first-stage recycle bin, keeping everything needed to
/// restore it: values, versions, role assignments and bytes.
/// </summary>
internal static class Recycler
{
    /// <summary>Recycles the item of <paramref name="target"/> and returns the bin entry's id.</summary>
    public static Guid Recycle(StoreSession session, Securable target, Principal deletedBy)
    {
        var site = target.Site;
        var list = target.List!;
        var item = target.Item!;
        var file = list.IsLibrary ? FileStore.ForItem(session, list.Id, item.Id) : null;
        var content = file is null ? null : FileStore.Content(session, list.Id, item.Id);
        var snapshot = Snapshot(session, target, file).ToJsonString(WireJson.Options);
        var author = PrincipalStore.Find(session, site.Id, item.AuthorId);
        var entry = new RecycleBinEntry(
            Guid.NewGuid(),
            site.Id,
            1,
            item.IsFolder ? RecycleBinEntry.Folder : file is null ? RecycleBinEntry.ListItem : RecycleBinEntry.File,
            file?.Name ?? FolderPaths.LeafName(item),
            FolderPaths.Url(site, list, item.Folder).TrimStart('/'),
            item.Title ?? file?.Name ?? string.Empty,
            session.Now,
            deletedBy.Email,
            deletedBy.Title,
            author?.Email ?? string.Empty,
            author?.Title ?? string.Empty,
            content?.LongLength ?? System.Text.Encoding.UTF8.GetByteCount(snapshot));
        RecycleBinStore.Insert(session, entry, list.Id, item.Id, snapshot, content);
        ItemStore.Delete(session, site.Id, item);
        return entry.Id;
    }

    private static JsonObject Snapshot(StoreSession session, Securable target, FileRecord? file)
    {
        var item = target.Item!;
        var versions = ItemStore.Versions(session, item.ListId, item.Id);
        var assignments = item.HasUnique ? RoleAssignmentStore.At(session, target.Site.Id, target.Key) : [];
        return new JsonObject
        {
            ["listId"] = StoreValues.Text(item.ListId),
            ["itemId"] = item.Id,
            ["values"] = item.Values.DeepClone(),
            ["version"] = item.Version,
            ["created"] = StoreValues.Text(item.Created),
            ["modified"] = StoreValues.Text(item.Modified),
            ["authorId"] = item.AuthorId,
            ["editorId"] = item.EditorId,
            ["hasUniqueRoleAssignments"] = item.HasUnique,
            ["versions"] = new JsonArray([.. versions.Select(v => (JsonNode)new JsonObject { ["version"] = v.Version, ["values"] = v.Values.DeepClone(), ["created"] = StoreValues.Text(v.Created), ["editorId"] = v.EditorId })]),
            ["roleAssignments"] = new JsonArray([.. assignments.Select(a => (JsonNode)new JsonObject { ["principalId"] = a.PrincipalId, ["roleDefinitionId"] = a.Role.Id })]),
            ["file"] = file is null ? null : new JsonObject { ["name"] = file.Name, ["uniqueId"] = StoreValues.Text(file.UniqueId), ["modified"] = StoreValues.Text(file.Modified) },
            ["isFolder"] = item.IsFolder,
            ["folderId"] = item.FolderId,
            ["contents"] = item.IsFolder
                ? new JsonArray([.. FolderContents.Of(session, item).Select(inside => (JsonNode)Snapshot(session, target with { Item = inside }, FileStore.ForItem(session, inside.ListId, inside.Id)))])
                : null,
        };
    }
}
