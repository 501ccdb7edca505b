using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Shredding;

/// <summary>A deletion receipt in <c>Logg</c> that was begun (<c>Påbegynt</c>) and not completed: a run died, or could not finish.</summary>
/// <param name="ItemId">Its item id in <c>Logg</c>.</param>
/// <param name="Round">Its round.</param>
/// <param name="RunId">The run that began it.</param>
/// <param name="At">When it was begun.</param>
/// <param name="PlannedSha256">The checksum over the keys of everything it set out to destroy.</param>
/// <param name="Intent">What it set out to destroy, by ids; <c>null</c> when the record does not read.</param>
internal sealed record PendingReceipt(int ItemId, string Round, Guid RunId, DateTimeOffset? At, string? PlannedSha256, ShredIntent? Intent)
{
    /// <summary>The columns a pending receipt is read with.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        LogList.Key.Name, LogList.Event.Name, LogList.Round.Name, LogList.JobRun.Name, LogList.LoggedAt.Name, LogList.State.Name,
        LogList.PlannedChecksum.Name, LogList.ShredTargets.Name,
    ];

    /// <summary>The receipt in a <c>Logg</c> item, or <c>null</c> when the item is no begun deletion receipt.</summary>
    public static PendingReceipt? From(ListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (LogList.State.Read(item) != LogStates.Begun
            || LogList.Event.Read(item) != LogEvents.Shredded
            || LogList.Round.Read(item) is not { } round
            || !Guid.TryParse(LogList.JobRun.Read(item), out var runId))
        {
            return null;
        }

        return new PendingReceipt(item.Id, round, runId, LogList.LoggedAt.Read(item), LogList.PlannedChecksum.Read(item), ShredIntent.Parse(LogList.ShredTargets.Read(item)));
    }
}
