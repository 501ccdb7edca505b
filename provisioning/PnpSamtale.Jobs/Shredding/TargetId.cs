namespace PnpSamtale.Jobs.Shredding;

/// <summary>Where something to destroy is: an item of one of the round's lists (by title and id), or a recycle-bin entry.</summary>
/// <param name="List">The list's title, for an item.</param>
/// <param name="ItemId">The item's id, for an item.</param>
/// <param name="BinId">The entry's id, for a bin entry.</param>
internal readonly record struct TargetId(string? List, int ItemId, Guid? BinId)
{
    /// <summary>An item of a list.</summary>
    public static TargetId Item(string list, int itemId) => new(list, itemId, null);

    /// <summary>A recycle-bin entry.</summary>
    public static TargetId Bin(Guid id) => new(null, 0, id);

    /// <summary>Whether it is a bin entry.</summary>
    public bool IsBinEntry => BinId is not null;
}
