namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// The result of an add or update through form validation. A value that does not parse is an expected outcome
/// (bad input), reported per field; nothing is written then.
/// </summary>
/// <param name="ItemId">The item id (the new one for an add); 0 when an add failed validation.</param>
/// <param name="Errors">The refused values; empty on success.</param>
public sealed record ItemWriteResult(int ItemId, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Whether every value was accepted.</summary>
    public bool Succeeded => Errors.Count == 0;
}
