using System.Net;
using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Regional;

namespace PnpSamtale.SharePoint.Items;

/// <summary>
/// Adds items to a list with a unique, indexed key column so that a re-run, or a lost answer, never makes a second
/// item and never reports an item that exists as a failure. The adds go through SharePoint <c>$batch</c>; an add that
/// came back with an error on the key field (a duplicate, in whatever language the site answers) or whose outcome is
/// unknown (its answer or the whole batch's answer lost, a <c>5xx</c>) is settled by finding the item by its key:
/// found, it is <see cref="KeyedAddOutcome.AlreadyThere"/> with its id; not found after an unknown outcome, it was not
/// written and is added once more (the unique column guards against a late first add). An add is never re-sent blindly.
/// </summary>
public sealed class KeyedItemClient
{
    private readonly SharePointBatchExecutor batches;
    private readonly RegionalSettingsClient regional;

    /// <summary>Creates the client.</summary>
    public KeyedItemClient(SharePointBatchExecutor batches, RegionalSettingsClient regional)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(regional);
        this.batches = batches;
        this.regional = regional;
    }

    /// <summary>Adds one item per entry of <paramref name="items"/>, each holding its key in <paramref name="keyField"/>.</summary>
    /// <param name="site">The site.</param>
    /// <param name="listId">The list, whose <paramref name="keyField"/> enforces unique values and is indexed.</param>
    /// <param name="keyField">The internal name of the key column (text).</param>
    /// <param name="items">The values of each item, the key among them; keys must differ.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One result per item, in input order.</returns>
    public async Task<IReadOnlyList<KeyedAddResult>> AddAsync(
        Uri site, Guid listId, string keyField, IReadOnlyList<IReadOnlyList<FormValue>> items, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyField);
        ArgumentNullException.ThrowIfNull(items);
        var keys = KeysOf(keyField, items);
        var settings = await regional.GetAsync(site, cancellationToken).ConfigureAwait(false);
        var results = new KeyedAddResult?[items.Count];
        var pending = Enumerable.Range(0, items.Count).ToArray();
        for (var round = 0; round < 2 && pending.Length > 0; round++)
        {
            var answers = await AddOnceAsync(site, listId, settings, pending.Select(i => items[i]).ToArray(), cancellationToken).ConfigureAwait(false);
            var doubts = new List<(int Index, Doubt Doubt)>();
            for (var j = 0; j < pending.Length; j++)
            {
                var index = pending[j];
                var (result, doubt) = Classify(index, keys[index], keyField, answers?[j]);
                results[index] = result;
                if (doubt is { } kind)
                {
                    doubts.Add((index, kind));
                }
            }

            var found = await FindAsync(site, listId, keyField, doubts.Select(d => keys[d.Index]).ToArray(), cancellationToken).ConfigureAwait(false);
            var retry = new List<int>();
            for (var d = 0; d < doubts.Count; d++)
            {
                var (index, doubt) = doubts[d];
                if (found[d] is { } id)
                {
                    results[index] = new KeyedAddResult(index, keys[index], KeyedAddOutcome.AlreadyThere, id, [], null);
                }
                else if (doubt == Doubt.OutcomeUnknown && round == 0)
                {
                    retry.Add(index);
                }
            }

            pending = [.. retry];
        }

        return [.. results.Select(r => r!)];
    }

    private static string[] KeysOf(string keyField, IReadOnlyList<IReadOnlyList<FormValue>> items)
    {
        var keys = new string[items.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var key = items[i]?.FirstOrDefault(v => string.Equals(v.FieldName, keyField, StringComparison.OrdinalIgnoreCase))?.FieldValue;
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException($"Item {i} has no value for the key column '{keyField}'.", nameof(items));
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"Item {i} repeats the key '{key}' of an earlier item; a unique column holds it once.", nameof(items));
            }

            keys[i] = key;
        }

        return keys;
    }

    /// <summary>The answers of the adds, or <c>null</c> when the batch's own answer was lost (every outcome unknown).</summary>
    private async Task<IReadOnlyList<WireResponse>?> AddOnceAsync(
        Uri site, Guid listId, RegionalSettings settings, IReadOnlyList<FormValue>[] items, CancellationToken cancellationToken)
    {
        try
        {
            var requests = items.Select(values => ItemRequests.Add(site, listId, values, settings)).ToArray();
            return await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestOutcomeUnknownException or TimeoutException
            || (e is SharePointServiceException service && IsUnknown(service.StatusCode)))
        {
            return null;
        }
    }

    private static (KeyedAddResult Result, Doubt? Doubt) Classify(int index, string key, string keyField, WireResponse? answer)
    {
        if (answer is null)
        {
            return (Failure(index, key, new RemoteError(0, null, "The answer to the add was lost; the item was looked for by its key.", null)), Doubt.OutcomeUnknown);
        }

        if (answer.ToError() is { } error)
        {
            return (Failure(index, key, error), IsUnknown(error.Status) ? Doubt.OutcomeUnknown : null);
        }

        var written = ItemResponses.WriteResult(answer);
        if (written.Succeeded)
        {
            return (new KeyedAddResult(index, key, KeyedAddOutcome.Added, written.ItemId, [], null), null);
        }

        var refused = new KeyedAddResult(index, key, KeyedAddOutcome.Refused, 0, written.Errors, null);
        var onKey = written.Errors.Any(e => string.Equals(e.FieldName, keyField, StringComparison.OrdinalIgnoreCase));
        return (refused, onKey ? Doubt.KeyRefused : null);
    }

    /// <summary>The ids of the items holding <paramref name="keys"/> (null where none), read in one <c>$batch</c>.</summary>
    private async Task<int?[]> FindAsync(Uri site, Guid listId, string keyField, string[] keys, CancellationToken cancellationToken)
    {
        if (keys.Length == 0)
        {
            return [];
        }

        var requests = keys.Select(key => KeyedItemRequests.FindByKey(site, listId, keyField, key)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return [.. responses.Select((response, i) =>
        {
            response.EnsureSuccess();
            return ItemResponses.Page(response).Items
                .FirstOrDefault(item => string.Equals(item.GetString(keyField), keys[i], StringComparison.OrdinalIgnoreCase))?.Id;
        })];
    }

    private static KeyedAddResult Failure(int index, string key, RemoteError error) =>
        new(index, key, KeyedAddOutcome.Failed, 0, [], error);

    // 500, 502 and 504 (and a 503 without Retry-After, left by the retry handler) may have been carried out; 4xx and a
    // still-throttled 429 were not.
    private static bool IsUnknown(HttpStatusCode status) => (int)status >= 500;

    private enum Doubt
    {
        OutcomeUnknown,
        KeyRefused,
    }
}
