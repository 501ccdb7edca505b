namespace PnpSamtale.SharePoint.Items;

/// <summary>New values for one existing item, for a batched update.</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="Values">The values to set.</param>
public sealed record ItemUpdate(int ItemId, IReadOnlyList<FormValue> Values);
