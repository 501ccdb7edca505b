using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Store;

namespace PnpSamtale.LocalTenant.RecycleBin;

/// <summary>
/// An entry of a site's recycle bin: stage (1 = web bin, 2 = site collection bin), what it was (3 = list item,
/// 1 = file) and where it came from. The restorable data (item values, versions, role assignments, file bytes) is
/// kept with the entry until it is deleted.
/// </summary>
internal sealed record RecycleBinEntry(
    Guid Id,
    Guid SiteId,
    int Stage,
    int ItemType,
    string LeafName,
    string DirName,
    string Title,
    DateTimeOffset DeletedDate,
    string DeletedByEmail,
    string DeletedByName,
    string AuthorEmail,
    string AuthorName,
    long Size)
{
    /// <summary>ItemType of a file.</summary>
    public const int File = 1;

    /// <summary>ItemType of a list item.</summary>
    public const int ListItem = 3;

    /// <summary>ItemType of a folder (PnP Core's <c>RecycleBinItemType.Folder</c>), whose contents go with it.</summary>
    public const int Folder = 5;

    /// <summary>The wire shape (SP.RecycleBinItem).</summary>
    public JsonObject ToJson() => new()
    {
        ["AuthorEmail"] = AuthorEmail,
        ["AuthorName"] = AuthorName,
        ["DeletedByEmail"] = DeletedByEmail,
        ["DeletedByName"] = DeletedByName,
        ["DeletedDate"] = StoreValues.Text(DeletedDate),
        ["DirName"] = DirName,
        ["Id"] = StoreValues.Text(Id),
        ["ItemState"] = Stage,
        ["ItemType"] = ItemType,
        ["LeafName"] = LeafName,
        ["Size"] = Size.ToString(CultureInfo.InvariantCulture),
        ["Title"] = Title,
    };
}
