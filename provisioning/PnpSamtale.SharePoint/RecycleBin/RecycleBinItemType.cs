namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>What a recycle bin entry is (<c>ItemType</c>); the product recycles items, files and folders.</summary>
public enum RecycleBinItemType
{
    /// <summary>1: a file.</summary>
    File = 1,

    /// <summary>3: a list item.</summary>
    ListItem = 3,

    /// <summary>5: a folder, recycled with everything in it.</summary>
    Folder = 5,
}
