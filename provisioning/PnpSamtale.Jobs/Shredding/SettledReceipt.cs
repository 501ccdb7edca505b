namespace PnpSamtale.Jobs.Shredding;

/// <summary>A receipt as this run's reads leave it: what they prove gone, and the receipt to complete (none when it cannot be).</summary>
/// <param name="Work">The receipt's work.</param>
/// <param name="Receipt">The completed receipt, or <c>null</c> when it cannot be completed yet (it stays begun).</param>
/// <param name="Gone">What the reads prove gone, counted in this receipt only.</param>
/// <param name="Failures">What was not destroyed, and why.</param>
internal sealed record SettledReceipt(ReceiptWork Work, ShredReceipt? Receipt, IReadOnlyList<ShredItem> Gone, IReadOnlyList<string> Failures)
{
    /// <summary>
    /// Settles a receipt by the reads (pure): a target is counted when a read proves it gone — one this run deleted, or
    /// whose answer was lost, when the reads no longer find it; one an earlier run deleted, likewise — never on a delete's
    /// answer alone, and never when something else removed it first (a 404 to the first send). The checksum is over the
    /// keys of what is counted; when all of it went, it is the planned one.
    /// </summary>
    /// <param name="work">The receipt.</param>
    /// <param name="round">The round.</param>
    /// <param name="runId">This run (the receipt's own run when it begins it).</param>
    /// <param name="today">This run's day (the day of a receipt it begins).</param>
    /// <param name="outcomes">The answers to this run's deletes.</param>
    /// <param name="stillThere">Whether the reads after the deletes still find a target.</param>
    public static SettledReceipt Settle(
        ReceiptWork work, string round, Guid runId, DateOnly today, IReadOnlyDictionary<TargetId, DeleteOutcome> outcomes, Func<TargetId, bool> stillThere)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(stillThere);
        var gone = new List<ReceiptTarget>();
        var failures = new List<string>();
        foreach (var target in work.Targets)
        {
            if (Failure(target, outcomes, stillThere) is { } failure)
            {
                failures.Add(failure);
            }
            else if (target.State is TargetState.Planned or TargetState.Absent)
            {
                gone.Add(target);
            }
        }

        var all = gone.Count == work.Targets.Count;
        if (!all && gone.Any(t => !t.KeyKnown))
        {
            failures.Add($"kvitteringen for kjøring {work.Pending?.RunId} kan ikke fullføres før resten er makulert (nøkkelen til noe som er borte kan ikke utledes igjen); den står som påbegynt");
            return new SettledReceipt(work, null, [], failures);
        }

        var planned = work.Pending?.PlannedSha256 ?? AuditLog.Checksum(work.Targets.Select(t => t.Item.Key));
        var receipt = ShredReceipt.Of(round, work.Pending is { At: { } at } ? Core.Calendar.OsloTime.Day(at) : today, work.Pending?.RunId ?? runId,
            [.. gone.Select(t => t.Item)], work.Intent.HeldByReason, all ? planned : AuditLog.Checksum(gone.Select(t => t.Item.Key))) with
        {
            Planned = work.Targets.Count,
            PlannedSha256 = planned,
        };
        return new SettledReceipt(work, receipt, [.. gone.Select(t => t.Item)], failures);
    }

    private static string? Failure(ReceiptTarget target, IReadOnlyDictionary<TargetId, DeleteOutcome> outcomes, Func<TargetId, bool> stillThere) => target.State switch
    {
        TargetState.Planned => outcomes[target.Id] switch
        {
            { Kind: DeleteOutcomeKind.NotFound } =>
                $"{target.Item.Name}: fantes ikke da den skulle slettes; ses etter i papirkurvene ved neste kjøring",
            { Kind: DeleteOutcomeKind.Refused, Error: var error } => $"{target.Item.Name}: {error?.Message}",
            _ when stillThere(target.Id) => $"{target.Item.Name}: finnes fremdeles etter sletting; prøves igjen ved neste kjøring",
            _ => null,
        },
        TargetState.Absent when stillThere(target.Id) => $"{target.Item.Name}: finnes fremdeles; prøves igjen ved neste kjøring",
        TargetState.Unresolved => $"{target.Item.Name}: kvitteringens grunnlag peker ikke lenger på noe i runden; telles ikke",
        _ => null,
    };
}
