using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Http;

/// <summary>Reads JSON request bodies; property names match case-insensitively, as SharePoint's parser does.</summary>
internal static class RequestJson
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a SharePoint body; an empty body is an empty object, bad JSON a 400.</summary>
    public static async Task<JsonObject> ReadAsync(HttpContext http)
    {
        var node = await ParseAsync(http);
        return node switch
        {
            null => new JsonObject(NodeOptions),
            JsonObject obj => obj,
            _ => throw SpErrors.Unsupported("Invalid JSON. The request body must be a JSON object."),
        };
    }

    /// <summary>Reads a Graph body; an empty body or bad JSON is a 400 <c>BadRequest</c>.</summary>
    public static async Task<JsonObject> ReadGraphAsync(HttpContext http)
    {
        try
        {
            return await ParseAsync(http) as JsonObject ?? throw new GraphErrorException(400, "BadRequest", "Empty Payload. JSON content expected.");
        }
        catch (SharePointErrorException)
        {
            throw new GraphErrorException(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
        }
    }

    /// <summary>A string property, or null when absent or JSON null; numbers and booleans as their text.</summary>
    public static string? String(this JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => throw SpErrors.Unsupported($"The property '{name}' must be a primitive value."),
    };

    /// <summary>An integer property (number or numeric string), or null.</summary>
    public static int? Int(this JsonObject obj, string name)
    {
        var text = obj.String(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw SpErrors.Unsupported($"The property '{name}' must be an integer; found '{text}'.");
    }

    /// <summary>A boolean property, or null.</summary>
    public static bool? Bool(this JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) && bool.TryParse(text, out var flag) => flag,
        _ => throw SpErrors.Unsupported($"The property '{name}' must be true or false."),
    };

    /// <summary>An object property, or null.</summary>
    public static JsonObject? Object(this JsonObject obj, string name) => obj[name] as JsonObject;

    /// <summary>An array property, or an empty array.</summary>
    public static JsonArray Array(this JsonObject obj, string name) => obj[name] as JsonArray ?? [];

    private static async Task<JsonNode?> ParseAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, NodeOptions);
        }
        catch (JsonException)
        {
            throw SpErrors.Unsupported("Invalid JSON. A token was not recognized in the JSON content.");
        }
    }
}
