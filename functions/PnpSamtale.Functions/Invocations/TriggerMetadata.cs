using System.Globalization;
using Microsoft.Azure.Functions.Worker;

namespace PnpSamtale.Functions.Invocations;

/// <summary>
/// What the Functions host sends beside a queue message (its binding data): <c>DequeueCount</c> and <c>Id</c>. The
/// worker hands these over as the host wrote them: text, or JSON in text.
/// </summary>
internal static class TriggerMetadata
{
    /// <summary>How many times a queue message has been delivered, this time included (1 the first time).</summary>
    public static int DequeueCount(FunctionContext context) =>
        int.TryParse(Value(context, "DequeueCount")?.Trim('"'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? Math.Max(1, count) : 1;

    /// <summary>The queue's id for a message, if sent.</summary>
    public static string? MessageId(FunctionContext context) => Value(context, "Id")?.Trim('"') is { Length: > 0 } id ? id : null;

    private static string? Value(FunctionContext context, string name) =>
        context.BindingContext.BindingData.TryGetValue(name, out var value) ? value?.ToString() : null;
}
