using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Gives every item read from the store the chain of folders it is in (<see cref="ItemRecord.Folder"/>), so that
/// whatever is computed from an item — the scope it inherits, its <c>FileDirRef</c> — sees its folders.
/// </summary>
internal static class ItemFolders
{
    /// <summary>Attaches folders to a whole list's items (its folders are among them: no further query).</summary>
    public static List<ItemRecord> Attach(List<ItemRecord> allItemsOfAList) =>
        Attach(allItemsOfAList, allItemsOfAList.Where(i => i.IsFolder));

    /// <summary>Attaches folders to some items of a list, reading the list's folders when any item is in one.</summary>
    public static List<ItemRecord> Attach(StoreSession session, Guid listId, List<ItemRecord> items) =>
        items.Any(i => i.FolderId != 0) ? Attach(items, ItemStore.Folders(session, listId)) : items;

    private static List<ItemRecord> Attach(List<ItemRecord> items, IEnumerable<ItemRecord> folders)
    {
        var byId = folders.ToDictionary(f => f.Id);
        var resolved = new Dictionary<int, ItemRecord>();

        ItemRecord? FolderOf(int id, int depth)
        {
            if (id == 0 || !byId.TryGetValue(id, out var folder))
            {
                return null;
            }

            if (resolved.TryGetValue(id, out var done))
            {
                return done;
            }

            // Folders form a tree; a cycle can only come from a damaged store and must not hang a request.
            var withParent = depth > byId.Count ? folder : folder with { Folder = FolderOf(folder.FolderId, depth + 1) };
            resolved[id] = withParent;
            return withParent;
        }

        return [.. items.Select(i => i.FolderId == 0 ? i : i with { Folder = FolderOf(i.FolderId, 0) })];
    }
}
