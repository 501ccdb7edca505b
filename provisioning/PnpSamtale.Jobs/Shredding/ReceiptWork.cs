namespace PnpSamtale.Jobs.Shredding;

/// <summary>
/// A deletion receipt this run completes: one an earlier run began (<see cref="Pending"/>), or its own, begun before the
/// first delete (<see cref="Intent"/> is what it records).
/// </summary>
/// <param name="Pending">The receipt as <c>Logg</c> has it, when an earlier run began it.</param>
/// <param name="Intent">What it sets out to destroy, by ids.</param>
/// <param name="Targets">What it sets out to destroy, as this run found it.</param>
internal sealed record ReceiptWork(PendingReceipt? Pending, ShredIntent Intent, IReadOnlyList<ReceiptTarget> Targets);
