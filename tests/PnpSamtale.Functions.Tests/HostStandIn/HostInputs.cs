using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>
/// The timer's schedule status as the host tracks it in storage (useMonitor): the last occurrence, the next one and when
/// the record was written; a fresh schedule's last occurrence is the year-1 "never".
/// </summary>
/// <param name="Last">The previous occurrence.</param>
/// <param name="Next">The next occurrence.</param>
/// <param name="LastUpdated">When the status was written.</param>
internal sealed record TimerStatus(DateTime Last, DateTime Next, DateTime LastUpdated);

/// <summary>A queue message as the host's listener hands it to a function: its text, id, receipt, times and dequeue count.</summary>
/// <param name="Text">The message text (decoded).</param>
/// <param name="Id">The queue's id for it.</param>
/// <param name="PopReceipt">The receipt of this delivery.</param>
/// <param name="DequeueCount">Deliveries so far, this one included.</param>
/// <param name="InsertedOn">When it was queued.</param>
/// <param name="ExpiresOn">When it expires.</param>
/// <param name="NextVisibleOn">When it becomes visible again if not deleted.</param>
internal sealed record QueueDelivery(string Text, string Id, string PopReceipt, long DequeueCount, DateTimeOffset InsertedOn, DateTimeOffset ExpiresOn, DateTimeOffset NextVisibleOn);

/// <summary>
/// The input data and trigger metadata the host puts in an invocation request, shaped as the host writes them: objects
/// JSON-serialized (dates with the offset of the host's zone, UTC on Azure), strings as text, numbers and dates of the
/// binding data as JSON.
/// </summary>
internal static class HostInputs
{
    /// <summary>A timer's <c>TimerInfo</c> and its binding data (<c>TimerTrigger</c>, the host's clock as text).</summary>
    public static (TypedData Value, Dictionary<string, TypedData> Metadata) Timer(TimerStatus? status, bool isPastDue)
    {
        var info = new JsonObject
        {
            ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
            ["ScheduleStatus"] = status is null ? null : new JsonObject
            {
                ["Last"] = HostDate(status.Last),
                ["Next"] = HostDate(status.Next),
                ["LastUpdated"] = HostDate(status.LastUpdated),
            },
            ["IsPastDue"] = isPastDue,
        };
        var metadata = new Dictionary<string, TypedData>(StringComparer.Ordinal)
        {
            ["TimerTrigger"] = new() { Text = TimeProvider.System.GetUtcNow().UtcDateTime.ToString(CultureInfo.InvariantCulture) },
        };
        return (new TypedData { Json = info.ToJsonString() }, metadata);
    }

    /// <summary>A queue message (the trigger value is its text) and its binding data.</summary>
    public static (TypedData Value, Dictionary<string, TypedData> Metadata) Queue(QueueDelivery message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var metadata = new Dictionary<string, TypedData>(StringComparer.Ordinal)
        {
            ["QueueTrigger"] = new() { Text = message.Text },
            ["DequeueCount"] = new() { Json = message.DequeueCount.ToString(CultureInfo.InvariantCulture) },
            ["Id"] = new() { Text = message.Id },
            ["PopReceipt"] = new() { Text = message.PopReceipt },
            ["InsertionTime"] = new() { Json = JsonValue.Create(HostDate(message.InsertedOn)).ToJsonString() },
            ["ExpirationTime"] = new() { Json = JsonValue.Create(HostDate(message.ExpiresOn)).ToJsonString() },
            ["NextVisibleTime"] = new() { Json = JsonValue.Create(HostDate(message.NextVisibleOn)).ToJsonString() },
        };
        return (new TypedData { Text = message.Text }, metadata);
    }

    /// <summary>A moment as the host's serializer writes a local <see cref="DateTime"/> on a UTC machine: <c>+00:00</c>.</summary>
    private static string HostDate(DateTime moment) =>
        moment.Year <= 1
            ? "0001-01-01T00:00:00"
            : moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "+00:00";

    private static string HostDate(DateTimeOffset moment) => HostDate(moment.UtcDateTime);
}
