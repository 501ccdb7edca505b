namespace PnpSamtale.Jobs.Shredding;

/// <summary>Where a receipt's target stood when this run read the round, before it deleted anything.</summary>
internal enum TargetState
{
    /// <summary>There, and destroyable today: this run deletes it.</summary>
    Planned,

    /// <summary>Not there when read (an earlier run deleted it before it died): proved gone by this run's reads.</summary>
    Absent,

    /// <summary>There, but no longer destroyable (held or kept since the receipt was begun): left alone, not counted.</summary>
    Kept,

    /// <summary>Gone from its list but found in a recycle bin (someone recycled it): not counted here; the bin entry is destroyed as one.</summary>
    InBin,

    /// <summary>The receipt's record no longer places it (its register entry is gone, or another receipt holds it): never counted.</summary>
    Unresolved,
}
