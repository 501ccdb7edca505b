namespace PnpSamtale.SharePoint.Items;

/// <summary>What came of a conditional update.</summary>
public enum ConditionalUpdateOutcome
{
    /// <summary>The item was unchanged since it was read, and now holds the new values.</summary>
    Updated = 0,

    /// <summary>Someone changed the item since it was read (<c>412 Precondition Failed</c>): nothing was written. Read it again.</summary>
    ChangedSinceRead = 1,
}
