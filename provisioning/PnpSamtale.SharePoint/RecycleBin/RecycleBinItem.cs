namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>An entry of a recycle bin.</summary>
/// <param name="Id">The entry id (what <c>recycle</c> returned).</param>
/// <param name="ItemState">The stage.</param>
/// <param name="ItemType">Item or file.</param>
/// <param name="LeafName">The leaf name.</param>
/// <param name="DirName">The folder it was in.</param>
/// <param name="Title">The title.</param>
/// <param name="DeletedDate">When it was recycled.</param>
public sealed record RecycleBinItem(
    Guid Id, RecycleBinStage ItemState, RecycleBinItemType ItemType, string LeafName, string DirName, string Title, DateTimeOffset DeletedDate);
