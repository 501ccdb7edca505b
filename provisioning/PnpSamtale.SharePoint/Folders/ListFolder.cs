namespace PnpSamtale.SharePoint.Folders;

/// <summary>
/// A folder of a list. It is also a list item (<c>FSObjType</c> 1): secure it through
/// <c>SecurableScope.Item(site, listId, Id)</c>, and what is added in it inherits from it.
/// </summary>
/// <param name="Id">The folder's list item id.</param>
/// <param name="Name">The folder's name (<c>FileLeafRef</c>).</param>
/// <param name="ServerRelativeUrl">Its server-relative URL, e.g. <c>/sites/x/Lists/Tiltak/samtale-17</c>: an item's <c>FileDirRef</c> when the item is in it.</param>
public sealed record ListFolder(int Id, string Name, string ServerRelativeUrl);
