namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>What a recycle bin entry is (<c>ItemType</c>); the product recycles items and files.</summary>
public enum RecycleBinItemType
{
    /// <summary>1: a file.</summary>
    File = 1,

    /// <summary>3: a list item.</summary>
    ListItem = 3,
}
