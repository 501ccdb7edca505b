using System.Text.Json;

namespace PnpSamtale.Functions.Protocol;

/// <summary>A queue message: its text (unwrapped from the host's string encoding) and how often it was dequeued.</summary>
/// <param name="Text">The message text.</param>
/// <param name="DequeueCount">How many times it has been delivered, this time included (1 the first time).</param>
/// <param name="MessageId">The queue's id for it, if sent.</param>
internal sealed record QueueTrigger(string Text, int DequeueCount, string? MessageId)
{
    /// <summary>Reads the trigger binding and the metadata's <c>DequeueCount</c> and <c>Id</c>.</summary>
    public static QueueTrigger From(Invocation invocation, string binding)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var value = invocation.Binding(binding);
        var text = value switch
        {
            null => string.Empty,
            { ValueKind: JsonValueKind.String } s => s.GetString() ?? string.Empty,
            { } other => other.GetRawText(),
        };
        var count = int.TryParse(invocation.MetadataText("DequeueCount"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        return new QueueTrigger(text, Math.Max(1, count), invocation.MetadataText("Id"));
    }
}
