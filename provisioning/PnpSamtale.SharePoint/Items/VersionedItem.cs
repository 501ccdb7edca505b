namespace PnpSamtale.SharePoint.Items;

/// <summary>An item as read, with the ETag of the version read: an update conditional on it fails if anyone changed the item since.</summary>
/// <param name="Item">The item.</param>
/// <param name="ETag">Its ETag when read.</param>
public sealed record VersionedItem(ListItem Item, ItemETag ETag);
