using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Roles;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Folders;

/// <summary>What is inside a folder, at any depth: deleting or recycling the folder takes all of it along.</summary>
internal static class FolderContents
{
    /// <summary>Every item and folder inside <paramref name="folder"/>, each with its chain of folders, parents before children.</summary>
    public static List<ItemRecord> Of(StoreSession session, ItemRecord folder)
    {
        var all = new List<ItemRecord>();
        foreach (var child in ItemStore.InFolder(session, folder.ListId, folder.Id).Select(c => c with { Folder = folder }))
        {
            all.Add(child);
            if (child.IsFolder)
            {
                all.AddRange(Of(session, child));
            }
        }

        return all;
    }

    /// <summary>
    /// 403 unless the caller may delete the item and, for a folder, everything inside it: a folder is not a way to
    /// delete what one could not delete by itself.
    /// </summary>
    public static void RequireDeletable(StoreSession session, Securable target, Caller caller)
    {
        AccessGuard.Require(session, target, caller, BasePermissions.DeleteListItems);
        if (caller.IsApp || target.Item is not { IsFolder: true } folder)
        {
            return;
        }

        foreach (var inside in Of(session, folder))
        {
            AccessGuard.Require(session, target with { Item = inside }, caller, BasePermissions.DeleteListItems);
        }
    }
}
