namespace PnpSamtale.Jobs.Shredding;

/// <summary>One thing a deletion receipt set out to destroy, as this run found it.</summary>
/// <param name="Item">What it is (its key hashed into the checksum; for what an earlier run already destroyed, derived from the register).</param>
/// <param name="Id">Where it is.</param>
/// <param name="KeyKnown">Whether <see cref="ShredItem.Key"/> is its key (a bin entry whose name was not the product's cannot be derived again).</param>
/// <param name="State">How it stood when read.</param>
/// <param name="Delete">The delete this run sends, when <see cref="TargetState.Planned"/>.</param>
internal sealed record ReceiptTarget(ShredItem Item, TargetId Id, bool KeyKnown, TargetState State, ShredExpiredForms.Target? Delete);
