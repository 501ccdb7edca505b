using System.Text.Json;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>What the host recorded for one invocation: whether it succeeded, its log lines and its output bindings.</summary>
/// <param name="InvocationId">The host's id for it.</param>
/// <param name="Function">The function.</param>
/// <param name="Succeeded">Whether the worker reported success.</param>
/// <param name="Error">The exception's type and message when it failed.</param>
/// <param name="Logs">The lines the function logged under this invocation, in order.</param>
/// <param name="Outputs">Output binding values by binding name (<c>$return</c> for a return value).</param>
internal sealed record InvocationResult(string InvocationId, FunctionSpec Function, bool Succeeded, string? Error, IReadOnlyList<RpcLog> Logs, IReadOnlyDictionary<string, TypedData> Outputs)
{
    /// <summary>The log lines' text, one per line.</summary>
    public string LogText => string.Join("\n", Logs.Select(l => l.Message));

    /// <summary>
    /// The messages an output binding of type <c>queue</c> carries, as the host's queue binding writes them: a string is
    /// one message, an array (JSON or a collection) one message per element, other JSON one message of its text;
    /// nothing for no value.
    /// </summary>
    public IReadOnlyList<string> QueueMessages(string binding) =>
        !Outputs.TryGetValue(binding, out var value) ? [] : value.DataCase switch
        {
            TypedData.DataOneofCase.Text => [value.Text],
            TypedData.DataOneofCase.Json => JsonMessages(value.Json),
            TypedData.DataOneofCase.CollectionString => [.. value.CollectionString.Values],
            TypedData.DataOneofCase.Bytes => [value.Bytes.ToStringUtf8()],
            TypedData.DataOneofCase.None => [],
            _ => throw new NotSupportedException($"A queue output of {value.DataCase} is not something this app sends."),
        };

    private static IReadOnlyList<string> JsonMessages(string json)
    {
        using var document = JsonDocument.Parse(json);
        static string Message(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Null => [],
            JsonValueKind.Array => [.. document.RootElement.EnumerateArray().Select(Message)],
            _ => [Message(document.RootElement)],
        };
    }
}
