using System.Text.Json;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// One invocation as the Functions host sends it in payload mode: <c>POST /&lt;FunctionName&gt;</c> with
/// <c>{"Data": {binding: value}, "Metadata": {…, "sys": {"MethodName", "UtcNow", "RandGuid"}}}</c>.
/// </summary>
internal sealed class Invocation
{
    private Invocation(string function, string? id, JsonElement data, JsonElement metadata)
    {
        Function = function;
        Id = id;
        Data = data;
        Metadata = metadata;
    }

    /// <summary>The function (folder) name.</summary>
    public string Function { get; }

    /// <summary>The host's invocation id (<c>X-Azure-Functions-InvocationId</c>), if sent.</summary>
    public string? Id { get; }

    /// <summary>The input bindings by name.</summary>
    public JsonElement Data { get; }

    /// <summary>The trigger's metadata.</summary>
    public JsonElement Metadata { get; }

    /// <summary>When the host invoked the function (<c>Metadata.sys.UtcNow</c>), if it said so readably.</summary>
    public DateTimeOffset? HostTime => Lenient.Moment(Lenient.Property(Lenient.Property(Metadata, "sys") ?? default, "UtcNow"));

    /// <summary>Reads a request body; a body that is not a JSON object gives a <see cref="JsonException"/>.</summary>
    public static Invocation Parse(string function, string? id, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The invocation body is not a JSON object with Data and Metadata.");
        }

        var data = Lenient.Property(body, "Data") is { ValueKind: JsonValueKind.Object } d ? d.Clone() : EmptyObject();
        var metadata = Lenient.Property(body, "Metadata") is { ValueKind: JsonValueKind.Object } m ? m.Clone() : EmptyObject();
        return new Invocation(function, id, data, metadata);
    }

    /// <summary>An input binding's value, with JSON-in-a-string layers removed; <c>null</c> when absent.</summary>
    public JsonElement? Binding(string name) => Lenient.Property(Data, name) is { } value ? Lenient.Unwrap(value) : null;

    /// <summary>A metadata value as text (numbers included).</summary>
    public string? MetadataText(string name) => Lenient.Text(Lenient.Property(Metadata, name) is { } value ? Lenient.Unwrap(value) : null);

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}
