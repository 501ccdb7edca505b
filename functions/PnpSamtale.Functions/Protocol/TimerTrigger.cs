using System.Text.Json;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// The timer trigger's value (WebJobs <c>TimerInfo</c>): <c>{"Schedule": {"AdjustForDST"}, "ScheduleStatus": {"Last",
/// "Next", "LastUpdated"} or null, "IsPastDue"}</c>. Dates are read leniently; unknown ones are <c>null</c>.
/// </summary>
/// <param name="IsPastDue">Whether this is a catch-up run for a missed occurrence.</param>
/// <param name="Last">The last occurrence, if the host tracks the schedule and it ran before.</param>
/// <param name="Next">The next occurrence, if the host tracks the schedule.</param>
internal sealed record TimerTrigger(bool IsPastDue, DateTimeOffset? Last, DateTimeOffset? Next)
{
    /// <summary>Reads the binding's value; a missing or malformed value is a plain, on-time run.</summary>
    public static TimerTrigger From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } timer)
        {
            return new TimerTrigger(false, null, null);
        }

        var status = Lenient.Property(timer, "ScheduleStatus") is { ValueKind: JsonValueKind.Object } s ? Lenient.Unwrap(s) : (JsonElement?)null;
        var pastDue = Lenient.Property(timer, "IsPastDue") is { } flag && (flag.ValueKind == JsonValueKind.True || string.Equals(Lenient.Text(flag), "true", StringComparison.OrdinalIgnoreCase));
        return new TimerTrigger(
            pastDue,
            status is { } st ? Lenient.Moment(Lenient.Property(st, "Last")) : null,
            status is { } sn ? Lenient.Moment(Lenient.Property(sn, "Next")) : null);
    }

    /// <summary>A line for the log: past due or not, and the schedule as far as known.</summary>
    public string Describe() =>
        (IsPastDue ? "forsinket kjøring (IsPastDue)" : "planlagt kjøring")
        + (Last is { } last ? $", forrige {last.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : string.Empty)
        + (Next is { } next ? $", neste {next.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : string.Empty);
}
