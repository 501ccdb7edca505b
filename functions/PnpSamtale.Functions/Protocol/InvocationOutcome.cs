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

    private InvocationOutcome(bool failed) => Failed = failed;

    /// <summary>Output binding values by binding name.</summary>
    public Dictionary<string, JsonNode?> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the function failed.</summary>
    public bool Failed { get; }

    /// <summary>A successful outcome (add outputs to it).</summary>
    public static InvocationOutcome Success() => new(false);

    /// <summary>A failed outcome.</summary>
    public static InvocationOutcome Failure() => new(true);

    /// <summary>Sets an HTTP output binding: status, JSON body and headers.</summary>
    public InvocationOutcome WithHttp(string binding, int status, JsonNode? body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var headerObject = new JsonObject { ["Content-Type"] = "application/json; charset=utf-8" };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            headerObject[name] = value;
        }

        Outputs[binding] = new JsonObject
        {
            ["statusCode"] = status.ToString(CultureInfo.InvariantCulture),
            ["body"] = body?.ToJsonString(Compact) ?? string.Empty,
            ["headers"] = headerObject,
        };
        return this;
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
