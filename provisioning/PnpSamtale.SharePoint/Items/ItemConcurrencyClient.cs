using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// Optimistic concurrency on list items: read an item with its ETag, then update it only if nobody changed it since —
/// e.g. a job taking a lease on a round by writing a lease column of its item in <c>Runder</c>. A conflict is an
/// outcome (<see cref="ConditionalUpdateOutcome.ChangedSinceRead"/>), not an exception.
/// </summary>
public sealed class ItemConcurrencyClient
{
    private readonly WireTransport transport;
    private readonly SharePointBatchExecutor batches;

    /// <summary>Creates the client.</summary>
    public ItemConcurrencyClient(WireTransport transport, SharePointBatchExecutor batches)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        this.transport = transport;
        this.batches = batches;
    }

    /// <summary>The item (<c>Id</c>, <c>Title</c>, <paramref name="fields"/>) with its ETag; <c>null</c> when it does not exist.</summary>
    /// <exception cref="System.Text.Json.JsonException">The answer carries no ETag.</exception>
    public async Task<VersionedItem?> FindItemAsync(Uri site, Guid listId, int itemId, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(ItemRequests.Get(site, listId, itemId, fields), cancellationToken).ConfigureAwait(false);
        if (response.ToError() is { IsNotFound: true })
        {
            return null;
        }

        response.EnsureSuccess();
        return ItemConcurrencyResponses.Versioned(response);
    }

    /// <summary>The list's <c>ListItemEntityTypeFullName</c>, which every update of its items carries.</summary>
    public async Task<string> GetEntityTypeFullNameAsync(Uri site, Guid listId, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(ItemConcurrencyRequests.EntityTypeFullName(site, listId), cancellationToken).ConfigureAwait(false);
        return ItemConcurrencyResponses.EntityTypeFullName(response);
    }

    /// <summary>
    /// Writes <paramref name="update"/>'s values only if the item is still at its ETag. When the answer is lost
    /// (<see cref="RequestOutcomeUnknownException"/>) the update may or may not have happened: read the item back.
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="listId">The list.</param>
    /// <param name="entityTypeFullName">The list's <c>ListItemEntityTypeFullName</c> (<see cref="GetEntityTypeFullNameAsync"/>).</param>
    /// <param name="update">The item, the ETag it was read at and the values.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="SharePointServiceException">Any failure other than a conflict (a missing item is a 404).</exception>
    public async Task<ConditionalUpdateResult> UpdateIfUnchangedAsync(
        Uri site, Guid listId, string entityTypeFullName, ConditionalUpdate update, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(ItemConcurrencyRequests.UpdateIfMatch(site, listId, entityTypeFullName, update), cancellationToken).ConfigureAwait(false);
        return ItemConcurrencyResponses.UpdateResult(response);
    }

    /// <summary>
    /// The updates through SharePoint <c>$batch</c>, each on its own: one result per update, in input order; a conflict
    /// is a <see cref="ConditionalUpdateOutcome.ChangedSinceRead"/> value, any other failure the result's error.
    /// </summary>
    public async Task<IReadOnlyList<BatchResult<ConditionalUpdateResult>>> UpdateIfUnchangedAsync(
        Uri site, Guid listId, string entityTypeFullName, IReadOnlyList<ConditionalUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var requests = updates.Select(u => ItemConcurrencyRequests.UpdateIfMatch(site, listId, entityTypeFullName, u)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return responses
            .Select((response, i) => response.Status == System.Net.HttpStatusCode.PreconditionFailed || response.IsSuccess
                ? new BatchResult<ConditionalUpdateResult>(i, ItemConcurrencyResponses.UpdateResult(response), null)
                : new BatchResult<ConditionalUpdateResult>(i, null, response.ToError()))
            .ToArray();
    }
}
