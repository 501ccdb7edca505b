namespace PnpSamtale.SharePoint.Items;

/// <summary>The outcome of a conditional update, and the item's new ETag when it was updated.</summary>
/// <param name="Outcome">Updated, or changed by someone else since it was read.</param>
/// <param name="ETag">The ETag after the update (from the answer's <c>ETag</c> header); <c>null</c> when not updated or not sent.</param>
public sealed record ConditionalUpdateResult(ConditionalUpdateOutcome Outcome, ItemETag? ETag)
{
    /// <summary>Whether the values were written.</summary>
    public bool Updated => Outcome == ConditionalUpdateOutcome.Updated;
}
