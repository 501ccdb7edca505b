using System.Text.Json.Nodes;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Mail;

/// <summary>
/// Builders for mail that is delivered once (Graph): create a draft carrying an idempotency key (<see cref="MailKey"/>),
/// send it, and look for the key in Sent Items (or Drafts) before anything is sent again. Every request asks for
/// immutable ids (<c>Prefer: IdType="ImmutableId"</c>, which applies only to the request carrying it), so a draft's id
/// is also its sent copy's ("Obtain immutable identifiers for Outlook resources").
/// </summary>
public static class MailboxRequests
{
    /// <summary>The header that asks Graph for immutable ids.</summary>
    public static readonly WireHeader PreferImmutableId = new("Prefer", "IdType=\"ImmutableId\"");

    /// <summary>
    /// <c>POST {graph}/users/{sender}/messages</c> with <c>Prefer: IdType="ImmutableId"</c> and
    /// <c>{"subject","body":{"contentType","content"},"toRecipients":[…],"ccRecipients":[…],"singleValueExtendedProperties":[{"id":"String {guid} Name {name}","value":"{key}"}]}</c>
    /// (user-post-messages): <c>201</c> and the draft. Not idempotent: sent twice it makes two drafts — harmless, as a
    /// draft delivers nothing, and both carry the key.
    /// </summary>
    public static WireRequest CreateDraft(Uri graphBase, KeyedMail draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(draft.Mail);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Mail.Sender);
        var key = MailKey.Checked(draft.Key);
        var body = MailRequests.Message(draft.Mail.Message);
        body["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = key.PropertyId, ["value"] = key.Value });
        return Immutable(GraphRequest.Post(GraphRequest.Api(graphBase, Messages(draft.Mail.Sender)), body)) with { Idempotent = false };
    }

    /// <summary>
    /// <c>POST {graph}/users/{sender}/messages/{id}/send</c> with <c>Content-Length: 0</c> (message-send: "Required"; the
    /// transport sends an empty body for a request that is not idempotent): <c>202</c>, empty. Not idempotent — Graph does
    /// not say what a second send does (microsoft-graph-docs-contrib#921) — so it is never re-sent; after a lost answer
    /// the key is looked for in Sent Items instead.
    /// </summary>
    public static WireRequest Send(Uri graphBase, DraftToSend draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Sender);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.MessageId);
        var uri = GraphRequest.Api(graphBase, Messages(draft.Sender) + "/" + ODataLiteral.Segment(draft.MessageId) + "/send");
        return Immutable(new WireRequest(HttpMethod.Post, uri, [new("Accept", MediaTypes.Json)])) with { Idempotent = false };
    }

    /// <summary>
    /// <c>GET {graph}/users/{sender}/mailFolders/{folder}/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{key}')&amp;$select=id,isDraft,sentDateTime&amp;$expand=singleValueExtendedProperties($filter=id eq '{id}')&amp;$top=10</c>
    /// (singlevaluelegacyextendedproperty-get): the messages of <c>sentitems</c> or <c>drafts</c> carrying the key. A
    /// filtered list does not include the property; it is expanded by its id so the reader can check each message really
    /// carries the key (a filter the service ignored would otherwise make every message a match).
    /// </summary>
    public static WireRequest FindByKey(Uri graphBase, MailLookup lookup, MailFolderName folder)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentException.ThrowIfNullOrWhiteSpace(lookup.Sender);
        var key = MailKey.Checked(lookup.Key);
        var id = Literal(key.PropertyId);
        var filter = "singleValueExtendedProperties/Any(ep: ep/id eq " + id + " and ep/value eq " + Literal(key.Value) + ")";
        var expand = "singleValueExtendedProperties($filter=id eq " + id + ")";
        var path = "users/" + ODataLiteral.Segment(lookup.Sender) + "/mailFolders/" + (folder == MailFolderName.SentItems ? "sentitems" : "drafts") + "/messages"
            + "?$filter=" + ODataLiteral.Query(filter) + "&$select=id,isDraft,sentDateTime&$expand=" + ODataLiteral.Query(expand) + "&$top=10";
        return Immutable(GraphRequest.Get(GraphRequest.Api(graphBase, path)));
    }

    /// <summary><c>GET {@odata.nextLink}</c>, with immutable ids.</summary>
    public static WireRequest NextPage(Uri nextLink) => Immutable(GraphRequest.Get(nextLink));

    /// <summary><c>DELETE {graph}/users/{sender}/messages/{id}</c>: <c>204</c>; e.g. a second draft carrying a key already sent.</summary>
    public static WireRequest Delete(Uri graphBase, DraftToSend message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId);
        var uri = GraphRequest.Api(graphBase, Messages(message.Sender) + "/" + ODataLiteral.Segment(message.MessageId));
        return new WireRequest(HttpMethod.Delete, uri, [new("Accept", MediaTypes.Json)]);
    }

    private static string Messages(string sender)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sender);
        return "users/" + ODataLiteral.Segment(sender) + "/messages";
    }

    private static WireRequest Immutable(WireRequest request) => request with { Headers = [.. request.Headers, PreferImmutableId] };

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
