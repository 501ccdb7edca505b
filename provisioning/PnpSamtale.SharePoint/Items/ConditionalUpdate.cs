namespace PnpSamtale.SharePoint.Items;

/// <summary>An update of one item that is to happen only if the item is still at <paramref name="ETag"/>.</summary>
/// <param name="ItemId">The item id.</param>
/// <param name="ETag">The ETag read with the item (<see cref="ItemETag.Any"/> makes the update unconditional).</param>
/// <param name="Values">The properties to set.</param>
public sealed record ConditionalUpdate(int ItemId, ItemETag ETag, IReadOnlyList<ItemPropertyValue> Values);

/// <summary>What came of a conditional update.</summary>
public enum ConditionalUpdateOutcome
{
    /// <summary>The item was unchanged since it was read, and now holds the new values.</summary>
    Updated = 0,

    /// <summary>Someone changed the item since it was read (<c>412 Precondition Failed</c>): nothing was written. Read it again.</summary>
    ChangedSinceRead = 1,
}

/// <summary>The outcome of a conditional update, and the item's new ETag when it was updated.</summary>
/// <param name="Outcome">Updated, or changed by someone else since it was read.</param>
/// <param name="ETag">The ETag after the update (from the answer's <c>ETag</c> header); <c>null</c> when not updated or not sent.</param>
public sealed record ConditionalUpdateResult(ConditionalUpdateOutcome Outcome, ItemETag? ETag)
{
    /// <summary>Whether the values were written.</summary>
    public bool Updated => Outcome == ConditionalUpdateOutcome.Updated;
}
