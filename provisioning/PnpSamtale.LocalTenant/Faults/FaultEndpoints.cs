using System.Globalization;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Http;

namespace PnpSamtale.LocalTenant.Faults;

/// <summary>
/// <c>/_local/faults</c>: the endpoint faults in force, changeable while the server runs, so a test that starts the CLI
/// as a separate process can set a fault between runs. Never counted or faulted themselves.
/// </summary>
internal static class FaultEndpoints
{
    private static readonly Dictionary<string, EndpointFaultKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dropResponseAfterCommit"] = EndpointFaultKind.DropResponseAfterCommit,
        ["dropAfterBytes"] = EndpointFaultKind.DropAfterBytes,
        ["dropRequest"] = EndpointFaultKind.DropRequest,
    };

    /// <summary>Maps the endpoints.</summary>
    public static void MapFaults(this IEndpointRouteBuilder app)
    {
        app.MapGet("/_local/faults", AllAsync);
        app.MapPost("/_local/faults", AddAsync);
        app.MapDelete("/_local/faults", Clear);
        app.MapDelete("/_local/faults/{id}", Remove);
    }

    /// <summary>The JSON of a fault's state: <c>{"id","endpoint","list","kind","bytes","fromMatch","rate","times","matched","fired"}</c>.</summary>
    public static JsonObject ToJson(EndpointFaultState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new JsonObject
        {
            ["id"] = state.Id,
            ["endpoint"] = state.Fault.Endpoint,
            ["list"] = state.Fault.List,
            ["kind"] = Kinds.First(k => k.Value == state.Fault.Kind).Key,
            ["bytes"] = state.Fault.Bytes,
            ["fromMatch"] = state.Fault.FromMatch,
            ["rate"] = state.Fault.Rate,
            ["times"] = state.Fault.Times,
            ["matched"] = state.Matched,
            ["fired"] = state.Fired,
        };
    }

    private static Task AllAsync(HttpContext http)
    {
        var faults = http.RequestServices.GetRequiredService<EndpointFaults>().Snapshot();
        return WireJson.WriteGraphAsync(http, new JsonObject { ["value"] = new JsonArray([.. faults.Select(f => (JsonNode)ToJson(f))]) });
    }

    private static async Task AddAsync(HttpContext http)
    {
        var body = await RequestJson.ReadGraphAsync(http);
        var kindText = body.String("kind") ?? "dropResponseAfterCommit";
        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            throw GraphErrorException.Invalid($"kind must be one of {string.Join(", ", Kinds.Keys)}; found '{kindText}'.");
        }

        var fault = new EndpointFault(body.String("endpoint") ?? string.Empty, kind)
        {
            List = body.String("list"),
            Bytes = Number(body, "bytes") ?? 0,
            FromMatch = Number(body, "fromMatch") ?? 1,
            Rate = body.String("rate") is { } rate && double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1,
            Times = Number(body, "times") ?? 1,
        };
        if (fault.Problems() is { Count: > 0 } problems)
        {
            throw GraphErrorException.Invalid(string.Join(" ", problems));
        }

        var state = http.RequestServices.GetRequiredService<EndpointFaults>().Add(fault);
        await WireJson.WriteGraphAsync(http, ToJson(state), StatusCodes.Status201Created);
    }

    private static Task Clear(HttpContext http)
    {
        http.RequestServices.GetRequiredService<EndpointFaults>().Clear();
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task Remove(HttpContext http)
    {
        var removed = int.TryParse(http.Request.RouteValues["id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && http.RequestServices.GetRequiredService<EndpointFaults>().Remove(id);
        http.Response.StatusCode = removed ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static int? Number(JsonObject body, string name)
    {
        var text = body.String(name);
        return text is null ? null
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw GraphErrorException.Invalid($"{name} must be an integer; found '{text}'.");
    }
}
