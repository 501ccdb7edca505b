namespace PnpSamtale.SharePoint.Items;

/// <summary>One page of an item query.</summary>
/// <param name="Items">The items, in id order.</param>
/// <param name="NextLink">The absolute <c>odata.nextLink</c> to the next page, or <c>null</c> on the last page.</param>
public sealed record ItemPage(IReadOnlyList<ListItem> Items, Uri? NextLink);
