using System.Text.Json;

namespace PnpSamtale.Functions.Protocol;

/// <summary>
/// An HTTP request in payload mode: <c>{"Url", "Method", "Query", "Headers": {name: [values]}, "Params", "Body"}</c>.
/// Header names are case-insensitive; a header may arrive as a list or a single string; <c>Query</c> may arrive as
/// an object or as JSON in a string; <c>Body</c> is the raw text and is absent for an empty body.
/// </summary>
internal sealed class HttpTrigger
{
    private readonly Dictionary<string, string> headers;
    private readonly Dictionary<string, string> parameters;

    private HttpTrigger(string method, Uri? url, Dictionary<string, string> headers, Dictionary<string, string> parameters, string? body)
    {
        Method = method;
        Url = url;
        this.headers = headers;
        this.parameters = parameters;
        Body = body;
    }

    /// <summary>The method, upper case.</summary>
    public string Method { get; }

    /// <summary>The public URL the caller used, if sent.</summary>
    public Uri? Url { get; }

    /// <summary>The body text, if any.</summary>
    public string? Body { get; }

    /// <summary>A header's first value.</summary>
    public string? Header(string name) => headers.GetValueOrDefault(name);

    /// <summary>A route parameter (<c>Params</c>), e.g. <c>term</c> of <c>rounds/{term}</c>.</summary>
    public string? Parameter(string name) => parameters.GetValueOrDefault(name);

    /// <summary>Reads the trigger binding; absent parts are empty.</summary>
    public static HttpTrigger From(JsonElement? value)
    {
        var request = value is { ValueKind: JsonValueKind.Object } r ? r : default;
        var url = Lenient.Text(Lenient.Property(request, "Url"));
        var body = Lenient.Property(request, "Body") switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Object or JsonValueKind.Array } o => o.GetRawText(),
            _ => null,
        };
        return new HttpTrigger(
            (Lenient.Text(Lenient.Property(request, "Method")) ?? "GET").ToUpperInvariant(),
            Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : null,
            Map(Lenient.Property(request, "Headers")),
            Map(Lenient.Property(request, "Params")),
            body);
    }

    private static Dictionary<string, string> Map(JsonElement? value)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (value is not { } raw || Lenient.Unwrap(raw) is not { ValueKind: JsonValueKind.Object } entries)
        {
            return map;
        }

        foreach (var entry in entries.EnumerateObject())
        {
            var first = entry.Value.ValueKind == JsonValueKind.Array
                ? entry.Value.EnumerateArray().Select(v => Lenient.Text(v)).FirstOrDefault(v => v is not null)
                : Lenient.Text(entry.Value);
            if (first is not null)
            {
                map.TryAdd(entry.Name, first);
            }
        }

        return map;
    }
}
