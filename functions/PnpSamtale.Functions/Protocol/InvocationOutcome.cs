using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// What a function hands back: output binding values, log lines and whether it failed. Serialized as the host
/// expects (<c>{"Outputs", "Logs", "ReturnValue"}</c>, PascalCase); a failed invocation is answered with 500 so the
/// host records a failure (and retries a queue message).
/// </summary>
internal sealed class InvocationOutcome
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    private InvocationOutcome(bool failed, ImmutableDictionary<string, JsonNode?> outputs)
    {
        Failed = failed;
        Outputs = outputs;
    }

    /// <summary>Output binding values by binding name.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Outputs { get; }

    /// <summary>Whether the function failed.</summary>
    public bool Failed { get; }

    /// <summary>A successful outcome without outputs.</summary>
    public static InvocationOutcome Success() => new(false, ImmutableDictionary.Create<string, JsonNode?>(StringComparer.Ordinal));

    /// <summary>A failed outcome.</summary>
    public static InvocationOutcome Failure() => new(true, ImmutableDictionary.Create<string, JsonNode?>(StringComparer.Ordinal));

    /// <summary>This outcome with an output binding's value set.</summary>
    public InvocationOutcome With(string binding, JsonNode? value) => new(Failed, ((ImmutableDictionary<string, JsonNode?>)Outputs).SetItem(binding, value));

    /// <summary>This outcome with an HTTP output binding set: status, JSON body and headers.</summary>
    public InvocationOutcome WithHttp(string binding, int status, JsonNode? body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var headerObject = new JsonObject { ["Content-Type"] = "application/json; charset=utf-8" };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            headerObject[name] = value;
        }

        return With(binding, new JsonObject
        {
            ["statusCode"] = status.ToString(CultureInfo.InvariantCulture),
            ["body"] = body?.ToJsonString(Compact) ?? string.Empty,
            ["headers"] = headerObject,
        });
    }

    /// <summary>The response body.</summary>
    public JsonObject ToJson(IReadOnlyList<string> logs)
    {
        var outputs = new JsonObject();
        foreach (var (name, value) in Outputs)
        {
            outputs[name] = value?.DeepClone();
        }

        return new JsonObject
        {
            [nameof(Outputs)] = outputs,
            ["Logs"] = new JsonArray([.. logs.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["ReturnValue"] = null,
        };
    }
}
