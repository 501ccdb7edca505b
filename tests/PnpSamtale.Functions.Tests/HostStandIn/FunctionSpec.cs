using System.Text.Json;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>One binding of a function, read from the raw binding JSON the worker indexed.</summary>
/// <param name="Name">The binding's name (<c>$return</c> for a method's return value).</param>
/// <param name="Type">E.g. <c>timerTrigger</c>, <c>queueTrigger</c>, <c>httpTrigger</c>, <c>queue</c>, <c>http</c>.</param>
/// <param name="IsInput">Whether it is an input (the trigger included).</param>
/// <param name="Raw">The whole binding, for its type's own properties (<c>schedule</c>, <c>queueName</c>, <c>route</c>, …).</param>
internal sealed record BindingSpec(string Name, string Type, bool IsInput, JsonElement Raw)
{
    /// <summary>A string property of the binding, case-insensitively; <c>null</c> when absent.</summary>
    public string? Text(string property) =>
        Raw.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } found
            ? found.Value.GetString()
            : null;

    /// <summary>A string-array property (e.g. <c>methods</c>), case-insensitively.</summary>
    public IReadOnlyList<string> List(string property) =>
        Raw.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.Array } found
            ? [.. found.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty)]
            : [];

    /// <summary>Reads one raw binding.</summary>
    public static BindingSpec Parse(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement.Clone();
        string Field(string name) => root.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value.GetString()!;
        return new BindingSpec(Field("name"), Field("type"), !string.Equals(Field("direction"), "out", StringComparison.OrdinalIgnoreCase), root);
    }

    /// <summary>The binding as the host describes it in a load request.</summary>
    public BindingInfo ToBindingInfo()
    {
        var info = new BindingInfo { Type = Type, Direction = IsInput ? BindingInfo.Types.Direction.In : BindingInfo.Types.Direction.Out };
        info.DataType = Text("dataType")?.ToUpperInvariant() switch
        {
            "STRING" => BindingInfo.Types.DataType.String,
            "BINARY" => BindingInfo.Types.DataType.Binary,
            "STREAM" => BindingInfo.Types.DataType.Stream,
            _ => BindingInfo.Types.DataType.Undefined,
        };
        return info;
    }
}

/// <summary>A function as the worker indexed it: name, id, entry point and bindings.</summary>
/// <param name="Metadata">What the worker sent.</param>
/// <param name="Bindings">Its bindings, parsed.</param>
internal sealed record FunctionSpec(RpcFunctionMetadata Metadata, IReadOnlyList<BindingSpec> Bindings)
{
    /// <summary>The function's name.</summary>
    public string Name => Metadata.Name;

    /// <summary>The worker's id for it.</summary>
    public string Id => Metadata.FunctionId;

    /// <summary>The trigger binding.</summary>
    public BindingSpec Trigger => Bindings.Single(b => b.IsInput && b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads what the worker sent.</summary>
    public static FunctionSpec From(RpcFunctionMetadata metadata) => new(metadata, [.. metadata.RawBindings.Select(BindingSpec.Parse)]);

    /// <summary>The load request the host sends for it.</summary>
    public FunctionLoadRequest ToLoadRequest()
    {
        var request = new FunctionLoadRequest
        {
            FunctionId = Id,
            Metadata = new RpcFunctionMetadata
            {
                Name = Name,
                Directory = Metadata.Directory,
                ScriptFile = Metadata.ScriptFile,
                EntryPoint = Metadata.EntryPoint,
                IsProxy = false,
            },
        };
        foreach (var binding in Bindings)
        {
            request.Metadata.Bindings.Add(binding.Name, binding.ToBindingInfo());
        }

        foreach (var (key, value) in Metadata.Properties)
        {
            request.Metadata.Properties.Add(key, value);
        }

        return request;
    }
}
