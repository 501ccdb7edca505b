using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Graph;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>
/// The local tenant's own endpoints (never counted or faulted): request counts, the outbox and directory seeding.
/// </summary>
internal static class DiagnosticsEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapDiagnostics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/_local/requests", RequestsAsync);
        app.MapPost("/_local/requests/reset", Reset);
        app.MapGet("/_local/outbox", OutboxAsync);
        app.MapPost("/_local/users", SeedUsersAsync);
    }

    private static Task RequestsAsync(HttpContext http)
    {
        var snapshot = http.RequestServices.GetRequiredService<RequestCounter>().Snapshot();
        var byEndpoint = new JsonObject();
        foreach (var (endpoint, count) in snapshot.ByEndpoint)
        {
            byEndpoint[endpoint] = count;
        }

        return WireJson.WriteGraphAsync(http, new JsonObject { ["total"] = snapshot.Total, ["writes"] = snapshot.Writes, ["byEndpoint"] = byEndpoint });
    }

    private static Task Reset(HttpContext http)
    {
        http.RequestServices.GetRequiredService<RequestCounter>().Reset();
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task OutboxAsync(HttpContext http)
    {
        var mails = http.Tenant().Database.Run(OutboxStore.All);
        return WireJson.WriteGraphAsync(http, new JsonObject { ["value"] = new JsonArray([.. mails.Select(m => (JsonNode)m.ToJson())]) });
    }

    private static async Task SeedUsersAsync(HttpContext http)
    {
        var body = await RequestJson.ReadGraphAsync(http);
        var users = new List<DirectoryUser>();
        foreach (var (entry, index) in body.Array("users").Select((e, i) => (e as JsonObject, i)))
        {
            var upn = entry?.String("upn")?.Trim();
            if (entry is null || upn is null || !LoginNames.IsUpn(upn))
            {
                throw GraphErrorException.Invalid($"users[{index}].upn must be an address like name@example.org; found '{upn}'.");
            }

            users.Add(new DirectoryUser(upn, entry.String("displayName") ?? LoginNames.DisplayNameOf(upn), entry.String("preferredLanguage")));
        }

        http.Tenant().Database.Run(session => users.ForEach(u => DirectoryStore.Upsert(session, u)));
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
