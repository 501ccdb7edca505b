using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Graph;

/// <summary>
/// Graph users: read one from the directory, and <c>sendMail</c> into the outbox (202, empty) and, unless
/// <c>saveToSentItems</c> is false, the sender's Sent Items. A sender must be in the directory, or merely UPN-shaped
/// when <see cref="LocalTenantOptions.AcceptAnyUpn"/> holds.
/// </summary>
internal static class GraphUserEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapGraphUsers(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1.0/users/{upn}", GetAsync);
        app.MapPost("/v1.0/users/{upn}/sendMail", SendMailAsync);
        app.MapPost("/v1.0/users/{upn}/microsoft.graph.sendMail", SendMailAsync);
    }

    private static async Task GetAsync(HttpContext http)
    {
        var upn = http.Request.RouteValues["upn"]?.ToString() ?? string.Empty;
        var person = http.Tenant().Database.Run(session => DirectoryStore.Find(session, upn))
            ?? throw new GraphErrorException(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource '{upn}' does not exist or one of its queried reference-property objects are not present.");
        await WireJson.WriteGraphAsync(http, new JsonObject
        {
            ["id"] = StoreValues.Text(person.ObjectId),
            ["userPrincipalName"] = person.Upn,
            ["displayName"] = person.DisplayName,
            ["mail"] = person.Upn,
            ["preferredLanguage"] = person.PreferredLanguage,
        });
    }

    private static async Task SendMailAsync(HttpContext http)
    {
        var sender = http.Request.RouteValues["upn"]?.ToString() ?? string.Empty;
        var body = await RequestJson.ReadGraphAsync(http);
        var message = body.Object("message") ?? throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", "The request must have a message.");
        var to = Addresses(message, "toRecipients");
        if (to.Count == 0)
        {
            throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRecipients", "At least one recipient is not valid: the message has no recipients.");
        }

        var tenant = http.Tenant();
        tenant.Database.Run(session =>
        {
            var known = DirectoryStore.Find(session, sender) is not null || (tenant.Options.AcceptAnyUpn && LoginNames.IsUpn(sender));
            if (!known)
            {
                throw new GraphErrorException(StatusCodes.Status404NotFound, "ErrorInvalidUser", $"The requested user '{sender}' is invalid.");
            }

            var content = message.Object("body")?.String("content") ?? string.Empty;
            var mail = new SentMail(Guid.NewGuid(), session.Now, sender.ToLowerInvariant(), to, Addresses(message, "ccRecipients"), message.String("subject") ?? string.Empty, content);
            OutboxStore.Add(session, mail);
            Mail.SentItemsCopy.Keep(session, body, mail, mail.SentAt, tenant.Options.SentItemsDelay);
        });
        http.Response.StatusCode = StatusCodes.Status202Accepted;
        http.Response.ContentLength = 0;
    }

    private static List<string> Addresses(JsonObject message, string name) =>
    [
        .. message.Array(name)
            .Select(r => (r as JsonObject)?.Object("emailAddress")?.String("address"))
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a!.Trim()),
    ];
}
