using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using PnpSamtale.LocalTenant.Batch;
using PnpSamtale.LocalTenant.Graph;
using PnpSamtale.LocalTenant.Hosting;
using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Users;

namespace PnpSamtale.LocalTenant.Mail;

/// <summary>
/// The mailboxes of the subset (Graph), for mail that is delivered once: create a draft carrying an idempotency key in a
/// single-value extended property (<c>POST /users/{u}/messages</c>, 201), send it (<c>POST …/messages/{id}/send</c>,
/// 202 — into the outbox, and after <see cref="LocalTenantOptions.SentItemsDelay"/> into Sent Items), and look for the
/// key in Sent Items or Drafts (<c>GET /users/{u}/mailFolders/{folder}/messages?$filter=…</c>). Resolve (the mailbox, the
/// message), guard, act, in one unit of work; inside <c>$batch</c> too. A mailbox exists for every sender the directory
/// knows, or any UPN-shaped one when <see cref="LocalTenantOptions.AcceptAnyUpn"/> holds.
/// </summary>
internal static class MailboxEndpoints
{
    private static readonly string[] MessageProperties = ["subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "importance", "singleValueExtendedProperties", "attachments"];

    /// <summary>Maps the endpoints.</summary>
    public static void MapMailbox(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1.0/users/{upn}/messages", CreateAsync);
        app.MapGet("/v1.0/users/{upn}/messages/{messageId}", GetAsync);
        app.MapDelete("/v1.0/users/{upn}/messages/{messageId}", DeleteAsync);
        app.MapPost("/v1.0/users/{upn}/messages/{messageId}/send", SendAsync);
        app.MapPost("/v1.0/users/{upn}/messages/{messageId}/microsoft.graph.send", SendAsync);
        app.MapGet("/v1.0/users/{upn}/mailFolders/{folder}/messages", ListAsync);
    }

    /// <summary>404 <c>ErrorItemNotFound</c>, "The specified object was not found in the store." (microsoft-graph-docs#11068).</summary>
    public static GraphErrorException NotFound() =>
        new(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");

    /// <summary>The lowercased mailbox of a sender; 404 <c>ErrorInvalidUser</c> for one that does not exist (as <c>sendMail</c>).</summary>
    public static string Mailbox(StoreSession session, string sender, bool acceptAnyUpn)
    {
        var known = DirectoryStore.Find(session, sender) is not null || (acceptAnyUpn && LoginNames.IsUpn(sender));
        return known ? sender.Trim().ToLowerInvariant() : throw new GraphErrorException(StatusCodes.Status404NotFound, "ErrorInvalidUser", $"The requested user '{sender}' is invalid.");
    }

    private static async Task CreateAsync(HttpContext http)
    {
        var body = await RequestJson.ReadGraphAsync(http);
        var draft = Draft(body);
        var attachments = Attachments(body);
        var query = MessageQuery.From(http, collection: false);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session =>
        {
            var mailbox = Mailbox(session, Route(http, "upn"), tenant.Options.AcceptAnyUpn);
            var message = draft with { Id = Guid.NewGuid(), Mailbox = mailbox, Created = session.Now };
            MailboxStore.Insert(session, message);
            AttachmentStore.Insert(session, message.Id, attachments);
            return MessageJson.Of(message with { HasAttachments = attachments.Count > 0 }, MessageIds.Immutable(http), query);
        });
        await WireJson.WriteGraphAsync(http, json, StatusCodes.Status201Created);
    }

    private static async Task GetAsync(HttpContext http)
    {
        var query = MessageQuery.From(http, collection: false);
        var tenant = http.Tenant();
        var json = tenant.Database.Run(session => MessageJson.Of(Message(session, http, tenant), MessageIds.Immutable(http), query));
        await WireJson.WriteGraphAsync(http, json);
    }

    private static Task DeleteAsync(HttpContext http)
    {
        var tenant = http.Tenant();
        tenant.Database.Run(session =>
        {
            var message = Message(session, http, tenant);
            MailboxStore.Delete(session, message);
            AttachmentStore.Delete(session, message.Id);
        });
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sends a draft (message-send): 202, empty; the message is delivered (the outbox) and moves to Sent Items, where it
    /// shows after <see cref="LocalTenantOptions.SentItemsDelay"/> ("getting the message in Sent Items might not succeed
    /// immediately after sending"). Outside a batch the request must state its length (<c>Content-Length: 0</c>, "Required"
    /// in message-send) or Graph answers 411. A message that is no draft — sent already, or being sent — is not found
    /// to send *[local rule, as reported for a non-draft id in rlrghb/olkcli#118]*.
    /// </summary>
    private static Task SendAsync(HttpContext http)
    {
        if (!InnerRequests.IsInner(http) && http.Request.ContentLength is null && !http.Request.Headers.TransferEncoding.Any(v => v?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true))
        {
            return LengthRequiredAsync(http);
        }

        var tenant = http.Tenant();
        tenant.Database.Run(session =>
        {
            var draft = Message(session, http, tenant);
            if (!draft.IsDraft)
            {
                throw NotFound();
            }

            if (draft.To.Count == 0)
            {
                throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRecipients", "At least one recipient isn't valid.");
            }

            var now = session.Now;
            MailboxStore.MarkSent(session, draft, now, now + tenant.Options.SentItemsDelay);

            // The outbox finds the draft's files by its id, which the sent copy keeps.
            OutboxStore.Add(session, new SentMail(draft.Id, now, draft.Mailbox, draft.To, draft.Cc, draft.Subject, draft.Content));
        });
        http.Response.StatusCode = StatusCodes.Status202Accepted;
        http.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    private static async Task ListAsync(HttpContext http)
    {
        var folder = Route(http, "folder").ToUpperInvariant() switch
        {
            "SENTITEMS" => MailFolder.SentItems,
            "DRAFTS" => MailFolder.Drafts,
            _ => throw new GraphErrorException(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified folder could not be found in the store."),
        };
        var query = MessageQuery.From(http, collection: true);
        var immutable = MessageIds.Immutable(http);
        var tenant = http.Tenant();
        var (page, more) = tenant.Database.Run(session =>
        {
            var mailbox = Mailbox(session, Route(http, "upn"), tenant.Options.AcceptAnyUpn);
            var now = session.Now;
            var matching = MailboxStore.InFolder(session, mailbox, folder)
                .Where(m => m.IsVisible(now) && query.Matches(m))
                .OrderByDescending(m => m.Sent ?? m.Created)
                .ToList();
            return (matching.Skip(query.Skip).Take(query.Top).Select(m => (JsonNode)MessageJson.Of(m, immutable, query)).ToList(), matching.Count > query.Skip + query.Top);
        });
        var json = new JsonObject { ["value"] = new JsonArray([.. page]) };
        if (more)
        {
            json["@odata.nextLink"] = NextLink(http, query);
        }

        await WireJson.WriteGraphAsync(http, json);
    }

    /// <summary>The message the path names, visible now; 404 when there is none (a default id from before a send names nothing).</summary>
    private static MailMessageRecord Message(StoreSession session, HttpContext http, TenantRuntime tenant)
    {
        var mailbox = Mailbox(session, Route(http, "upn"), tenant.Options.AcceptAnyUpn);
        var (id, generation) = MessageIds.Parse(Route(http, "messageId"));
        var message = MailboxStore.Find(session, mailbox, id);
        return message is not null && (generation is null || generation == message.Generation) && message.IsVisible(session.Now)
            ? message
            : throw NotFound();
    }

    /// <summary>The draft a create body describes (id, mailbox and time are the store's); 400 naming what is wrong.</summary>
    private static MailMessageRecord Draft(JsonObject body)
    {
        foreach (var name in body.Select(p => p.Key).Where(k => !MessageProperties.Contains(k, StringComparer.Ordinal)))
        {
            throw new GraphErrorException(StatusCodes.Status400BadRequest, "RequestBodyRead",
                $"The property '{name}' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type.");
        }

        var content = body.Object("body");
        var contentType = (content?.String("contentType") ?? "text").ToLowerInvariant();
        if (contentType is not ("text" or "html"))
        {
            throw new GraphErrorException(StatusCodes.Status400BadRequest, "RequestBodyRead", $"Cannot convert the literal '{contentType}' to the expected type 'microsoft.graph.bodyType'.");
        }

        return new MailMessageRecord(
            Guid.Empty, string.Empty, MailFolder.Drafts, 0, default, null, null,
            body.String("subject") ?? string.Empty, contentType, content?.String("content") ?? string.Empty,
            Addresses(body, "toRecipients"), Addresses(body, "ccRecipients"), Properties(body));
    }

    private static List<ExtendedProperty> Properties(JsonObject body)
    {
        var properties = new List<ExtendedProperty>();
        foreach (var node in body.Array("singleValueExtendedProperties"))
        {
            var entry = node as JsonObject;
            var id = entry?.String("id");
            var parsed = ExtendedPropertyId.Parse(id);
            if (entry is null || parsed is null || entry["value"] is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidProperty",
                    $"The extended property '{id}' is not valid: give an id like 'String {{guid}} Name {{name}}' and a string value.");
            }

            if (properties.Any(p => ExtendedPropertyId.Parse(p.Id)!.SameAs(parsed)))
            {
                throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidProperty", $"The extended property '{id}' is set twice.");
            }

            properties.Add(new ExtendedProperty(id!, text));
        }

        return properties;
    }

    /// <summary>
    /// The files of a create body: each a <c>#microsoft.graph.fileAttachment</c> with a name and its bytes in base64
    /// (message-post-attachments; under 3 MB inline). Any other kind, no name, or bytes that are not base64 → 400
    /// <c>ErrorInvalidRequest</c> naming the file, and no draft is made *[local rule: code and message]*.
    /// </summary>
    private static List<StoredAttachment> Attachments(JsonObject body)
    {
        var files = new List<StoredAttachment>();
        foreach (var node in body.Array("attachments"))
        {
            var entry = node as JsonObject;
            var name = entry?.String("name");
            if (entry?.String("@odata.type") != "#microsoft.graph.fileAttachment" || string.IsNullOrWhiteSpace(name))
            {
                throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRequest",
                    $"The attachment '{name}' is not valid: give \"@odata.type\":\"#microsoft.graph.fileAttachment\", a name and contentBytes.");
            }

            var bytes = new byte[((entry.String("contentBytes")?.Length ?? 0) * 3 / 4) + 3];
            if (entry.String("contentBytes") is not { } encoded || !Convert.TryFromBase64String(encoded, bytes, out var length))
            {
                throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", $"The contentBytes of the attachment '{name}' are not base64.");
            }

            if (length >= 3 * 1024 * 1024)
            {
                throw new GraphErrorException(StatusCodes.Status413RequestEntityTooLarge, "ErrorRequestEntityTooLarge", $"The attachment '{name}' is 3 MB or more; attach it with an upload session.");
            }

            files.Add(new StoredAttachment(name, entry.String("contentType") ?? "application/octet-stream", bytes[..length]));
        }

        return files;
    }

    private static List<string> Addresses(JsonObject body, string name) =>
    [
        .. body.Array(name)
            .Select(r => (r as JsonObject)?.Object("emailAddress")?.String("address")?.Trim())
            .Select(a => string.IsNullOrEmpty(a) || !a.Contains('@', StringComparison.Ordinal)
                ? throw new GraphErrorException(StatusCodes.Status400BadRequest, "ErrorInvalidRecipients", "At least one recipient isn't valid.")
                : a),
    ];

    private static Task LengthRequiredAsync(HttpContext http)
    {
        // What Graph's front end answers a POST without Content-Length (microsoft-graph-docs PR #2262, sreeise/graph-rs-sdk#524).
        http.Response.StatusCode = StatusCodes.Status411LengthRequired;
        http.Response.ContentType = "text/html; charset=us-ascii";
        return http.Response.WriteAsync("<h2>Length Required</h2><hr><p>HTTP Error 411. The request must be chunked or have a content length.</p>", http.RequestAborted);
    }

    private static string NextLink(HttpContext http, MessageQuery query)
    {
        var parameters = http.Request.Query
            .Where(q => !q.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        parameters["$skip"] = (query.Skip + query.Top).ToString(CultureInfo.InvariantCulture);
        var baseUri = http.Tenant().BaseUri;
        return QueryHelpers.AddQueryString(new Uri(baseUri, http.Request.Path.Value!.TrimStart('/')).AbsoluteUri, parameters);
    }

    private static string Route(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? string.Empty;
}
