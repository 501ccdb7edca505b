namespace PnpSamtale.SharePoint.Items;

/// <summary>An update of one item that is to happen only if the item is still at <paramref name="ETag"/>.</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="ETag">The ETag read with the item (<see cref="ItemETag.Any"/> makes the update unconditional).</param>
/// <param name="Values">The properties to set.</param>
public sealed record ConditionalUpdate(int ItemId, ItemETag ETag, IReadOnlyList<ItemPropertyValue> Values);
