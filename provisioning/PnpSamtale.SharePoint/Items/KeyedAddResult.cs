using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.SharePoint.Items;

/// <summary>What became of one keyed add.</summary>
public enum KeyedAddOutcome
{
    /// <summary>The item was added now.</summary>
    Added = 0,

    /// <summary>
    /// An item with the key was there already — added by an earlier run, or by this one when the answer was lost — and
    /// was found by its key. Its values are whatever it holds, not necessarily the ones sent.
    /// </summary>
    AlreadyThere = 1,

    /// <summary>SharePoint refused values (bad input, per field); nothing was added.</summary>
    Refused = 2,

    /// <summary>The add failed (a remote error, or still throttled); nothing is known to have been added.</summary>
    Failed = 3,
}

/// <summary>The result of one keyed add.</summary>
/// <param name="Index">The position in the caller's input.</param>
/// <param name="Key">The key value.</param>
/// <param name="Outcome">Added, already there, refused or failed.</param>
/// <param name="ItemId">The item's id when added or already there; 0 otherwise.</param>
/// <param name="Errors">The refused values when <see cref="KeyedAddOutcome.Refused"/>; empty otherwise.</param>
/// <param name="Error">The failure when <see cref="KeyedAddOutcome.Failed"/>; <c>null</c> otherwise.</param>
public sealed record KeyedAddResult(int Index, string Key, KeyedAddOutcome Outcome, int ItemId, IReadOnlyList<FieldError> Errors, RemoteError? Error)
{
    /// <summary>Whether an item with the key exists now (added, or already there).</summary>
    public bool Exists => Outcome is KeyedAddOutcome.Added or KeyedAddOutcome.AlreadyThere;
}
