using PnpSamtale.LocalTenant.Items;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Folders;

/// <summary>
/// Finds one folder by name inside another with an indexed lookup, so that a list with a folder per conversation
/// (thousands in its root) stays cheap to add to and to resolve paths in. Names compare case-insensitively (ASCII).
/// </summary>
internal static class FolderLookup
{
    /// <summary>The folder called <paramref name="name"/> directly in folder <paramref name="parentId"/> (0: the root), or null.</summary>
    public static ItemRecord? Child(StoreSession session, Guid listId, int parentId, string name) =>
        session.Scalar<int?>(
            """
            SELECT id FROM items
            WHERE list_id = @list AND folder_id = @parent AND fs_obj_type = 1
              AND json_extract(field_values, '$.FileLeafRef') = @name COLLATE NOCASE
            LIMIT 1
            """,
            ("@list", StoreValues.Text(listId)),
            ("@parent", parentId),
            ("@name", name)) is { } id
            ? ItemStore.Find(session, listId, id)
            : null;
}
