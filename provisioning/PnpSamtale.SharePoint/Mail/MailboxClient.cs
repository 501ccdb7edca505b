using System.Globalization;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Mail;

/// <summary>
/// Mail that can be delivered exactly once (Graph): a draft carries an idempotency key, is sent, and before anything is
/// sent again its key is looked for in Sent Items — and in Drafts, for a draft that never went. The copy in Sent Items
/// may appear some time after the send ("getting the message in Sent Items might not succeed immediately after
/// sending"), so a key found in neither folder shortly after a send whose answer was lost is not yet proof that
/// nothing went. Single requests, or Graph <c>$batch</c> of <see cref="SharePointOptions.GraphBatchSize"/>.
/// </summary>
public sealed class MailboxClient
{
    private readonly WireTransport transport;
    private readonly GraphBatchExecutor batches;
    private readonly SharePointOptions options;

    /// <summary>Creates the client.</summary>
    public MailboxClient(WireTransport transport, GraphBatchExecutor batches, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(options);
        this.transport = transport;
        this.batches = batches;
        this.options = options.Value;
    }

    /// <summary>Creates the draft in the sender's Drafts, carrying its key; returns its immutable id.</summary>
    public async Task<MailDraft> CreateDraftAsync(KeyedMail draft, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(MailboxRequests.CreateDraft(options.GraphBaseUrl, draft), cancellationToken).ConfigureAwait(false);
        return MailboxResponses.Draft(response);
    }

    /// <summary>
    /// Sends a draft. A lost answer surfaces as <see cref="RequestOutcomeUnknownException"/> and is never re-sent: look
    /// for the key in Sent Items instead.
    /// </summary>
    public async Task<MailSendOutcome> SendDraftAsync(DraftToSend draft, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(MailboxRequests.Send(options.GraphBaseUrl, draft), cancellationToken).ConfigureAwait(false);
        return MailboxResponses.SendOutcome(response);
    }

    /// <summary>The messages of <paramref name="folder"/> carrying the key, every page (more than one in Sent Items means it went more than once).</summary>
    public async Task<IReadOnlyList<KeyedMessage>> FindAsync(MailLookup lookup, MailFolderName folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var found = new List<KeyedMessage>();
        var request = MailboxRequests.FindByKey(options.GraphBaseUrl, lookup, folder);
        while (true)
        {
            var response = await transport.SendOrThrowAsync(request, cancellationToken).ConfigureAwait(false);
            var (messages, next) = MailboxResponses.Found(response, lookup.Key);
            found.AddRange(messages);
            if (next is null)
            {
                return found;
            }

            EnsureGraph(next);
            request = MailboxRequests.NextPage(next);
        }
    }

    /// <summary>Deletes a message (e.g. a second draft with a key already sent); <c>false</c> when it was not there.</summary>
    public async Task<bool> DeleteMessageAsync(DraftToSend message, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(MailboxRequests.Delete(options.GraphBaseUrl, message), cancellationToken).ConfigureAwait(false);
        if (response.ToError() is { IsNotFound: true })
        {
            return false;
        }

        response.EnsureSuccess();
        return true;
    }

    /// <summary>Creates the drafts through Graph <c>$batch</c>; one result per draft, in input order.</summary>
    public async Task<IReadOnlyList<BatchResult<MailDraft>>> CreateDraftsAsync(IReadOnlyList<KeyedMail> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var responses = await batches.ExecuteAsync(Operations(drafts, d => MailboxRequests.CreateDraft(options.GraphBaseUrl, d)), cancellationToken).ConfigureAwait(false);
        return BatchResult<MailDraft>.From(responses, MailboxResponses.Draft);
    }

    /// <summary>
    /// Sends the drafts through Graph <c>$batch</c>; one result per draft, in input order (no such draft is an outcome,
    /// not an error). The batch is not idempotent either: when its answer is lost, nothing is re-sent.
    /// </summary>
    public async Task<IReadOnlyList<BatchResult<MailSendOutcome>>> SendDraftsAsync(IReadOnlyList<DraftToSend> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var responses = await batches.ExecuteAsync(Operations(drafts, d => MailboxRequests.Send(options.GraphBaseUrl, d)), cancellationToken).ConfigureAwait(false);
        return [.. responses.Select((response, i) => response.ToError() is { } error && !(error.Status == System.Net.HttpStatusCode.NotFound && error.Code == "ErrorItemNotFound")
            ? new BatchResult<MailSendOutcome>(i, default, error)
            : new BatchResult<MailSendOutcome>(i, MailboxResponses.SendOutcome(response), null))];
    }

    /// <summary>
    /// Looks for the keys in <paramref name="folder"/> through Graph <c>$batch</c>: the messages carrying each key, from
    /// the first page (10 messages; a key is meant to be carried by one).
    /// </summary>
    public async Task<IReadOnlyList<BatchResult<IReadOnlyList<KeyedMessage>>>> FindAsync(IReadOnlyList<MailLookup> lookups, MailFolderName folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        var responses = await batches.ExecuteAsync(Operations(lookups, l => MailboxRequests.FindByKey(options.GraphBaseUrl, l, folder)), cancellationToken).ConfigureAwait(false);
        return [.. responses.Select((response, i) => response.ToError() is { } error
            ? new BatchResult<IReadOnlyList<KeyedMessage>>(i, null, error)
            : new BatchResult<IReadOnlyList<KeyedMessage>>(i, MailboxResponses.Found(response, lookups[i].Key).Messages, null))];
    }

    private static GraphBatchOperation[] Operations<T>(IReadOnlyList<T> items, Func<T, WireRequest> build) =>
        [.. items.Select((item, i) => new GraphBatchOperation((i + 1).ToString(CultureInfo.InvariantCulture), build(item)))];

    private void EnsureGraph(Uri next)
    {
        // The token for Graph goes with the request: never follow a link elsewhere.
        var root = options.GraphBaseUrl.AbsoluteUri.TrimEnd('/') + "/";
        if (!next.AbsoluteUri.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Graph's @odata.nextLink points outside {root}; it is not followed.");
        }
    }
}
