namespace PnpSamtale.Core.Policies;

/// <summary>How much a person or group may do with a form or measure.</summary>
public enum AccessLevel
{
    /// <summary>No access.</summary>
    None = 0,

    /// <summary>Read only.</summary>
    Read = 1,

    /// <summary>Read and edit.</summary>
    Edit = 2,
}

/// <summary>Who may do what with one conversation's form (and its measures).</summary>
/// <param name="Pair">What the holder and the partner may do.</param>
/// <param name="Custodians">What the custodians (the archive's keepers) may do.</param>
public sealed record FormAccess(AccessLevel Pair, AccessLevel Custodians);
