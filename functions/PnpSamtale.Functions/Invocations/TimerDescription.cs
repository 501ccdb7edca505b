using Microsoft.Azure.Functions.Worker;

namespace PnpSamtale.Functions.Invocations;

/// <summary>
/// A timer invocation in one log line: on time or past due, and the schedule's last and next occurrence when the host
/// tracks it (<see cref="TimerInfo.ScheduleStatus"/> is <c>null</c> when it does not, and a schedule's first run has
/// the year-1 "never" for its last occurrence).
/// </summary>
internal static class TimerDescription
{
    /// <summary>The line, e.g. <c>planlagt kjøring, forrige 2026-11-11 06:00 UTC, neste 2026-11-13 06:00 UTC</c>.</summary>
    public static string Describe(TimerInfo? timer) =>
        (timer?.IsPastDue == true ? "forsinket kjøring (IsPastDue)" : "planlagt kjøring")
        + (Known(timer?.ScheduleStatus?.Last) is { } last ? $", forrige {last:yyyy-MM-dd HH:mm} UTC" : string.Empty)
        + (Known(timer?.ScheduleStatus?.Next) is { } next ? $", neste {next:yyyy-MM-dd HH:mm} UTC" : string.Empty);

    /// <summary>A schedule moment in UTC; <c>null</c> for the "never" of a fresh schedule. Unspecified means UTC, as on Azure's hosts.</summary>
    public static DateTime? Known(DateTime? moment) => moment switch
    {
        null => null,
        { Year: <= 1 } => null,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
    };
}
