using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Folders;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Permissions;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.Items;

/// <summary>
/// Where <c>AddValidateUpdateItemUsingPath</c> puts what it creates, from <c>listItemCreateInfo</c>:
/// <c>UnderlyingObjectType</c> 0 (an item) or 1 (a folder), in the folder <c>FolderPath.DecodedUrl</c> names
/// (absolute, as PnP Core sends it, or server-relative, as PnPjs does) or in the list's root folder.
/// </summary>
internal sealed record ItemPlacement(bool IsFolder, string? FolderPath)
{
    /// <summary>The stored value holding the URL of the folder an item is in (read as <c>FileDirRef</c>).</summary>
    public const string DirField = "FileDirRef";

    /// <summary>Reads <c>listItemCreateInfo</c>; 400 for what the subset does not take.</summary>
    public static ItemPlacement Read(JsonObject body)
    {
        var info = body.Object("listItemCreateInfo");
        var type = info?.Int("UnderlyingObjectType") ?? 0;
        if (type is not (0 or 1))
        {
            throw SpErrors.Unsupported($"UnderlyingObjectType {type} is not supported; use 0 (an item) or 1 (a folder).");
        }

        if (info?["LeafName"] is not null)
        {
            throw SpErrors.Unsupported("listItemCreateInfo.LeafName is not supported by the local tenant; give a folder's name as FileLeafRef in formValues.");
        }

        var path = info?.Object("FolderPath")?.String("DecodedUrl");
        return new ItemPlacement(type == 1, string.IsNullOrWhiteSpace(path) ? null : path);
    }

    /// <summary>
    /// The list, or the folder of it that <see cref="FolderPath"/> names, as the scope the new item inherits from;
    /// 404 when the folder does not exist or the caller cannot see it.
    /// </summary>
    public Securable Parent(StoreSession session, Securable list, Caller caller)
    {
        if (FolderPath is null)
        {
            return list;
        }

        var folder = FolderPaths.Resolve(session, list.Site, list.List!, FolderPath);
        var target = list with { Item = folder };
        if (folder is not null && !AccessGuard.CanView(session, target, caller))
        {
            throw SpErrors.FileNotFound(FolderPaths.ServerRelative(FolderPath));
        }

        return target;
    }
}
