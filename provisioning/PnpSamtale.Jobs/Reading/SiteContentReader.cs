using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Regional;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.Jobs.Reading;

/// <summary>A list to read: by title, with the fields and filter the job needs.</summary>
/// <param name="Title">The list's title.</param>
/// <param name="Select">The fields.</param>
/// <param name="Filter">An OData filter, or <c>null</c> for every item.</param>
public sealed record ListRead(string Title, IReadOnlyList<string> Select, string? Filter = null);

/// <summary>
/// Reads what a job needs from a site in as few <c>$batch</c>es as the list view threshold allows: the lists (for
/// their ids), the site's users (person fields hold user ids), its regional settings, every item of the unfiltered
/// lists (5,000 a page) and, for each filtered list, its highest item id; then the filtered lists in id windows of
/// 5,000 (<see cref="ItemQuery.Windows"/>: no query can touch more than 5,000 items, however large the list) and the
/// next pages of anything with more, batched together.
/// </summary>
public sealed class SiteContentReader(SharePointBatchExecutor batches, RegionalSettingsClient regional)
{
    /// <summary>Items per page: the most SharePoint returns.</summary>
    public const int PageSize = ItemQuery.Threshold;

    /// <summary>
    /// Reads the site. A list the site does not have reads as empty; any other failure throws. <paramref name="extra"/>
    /// requests ride in the first batch; their answers are in <see cref="SiteContent.Extra"/>.
    /// </summary>
    public async Task<SiteContent> ReadAsync(Uri site, IReadOnlyList<ListRead> reads, CancellationToken cancellationToken, IReadOnlyList<WireRequest>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(reads);
        var requests = new List<WireRequest> { ListRequests.GetAll(site), SiteUserRequests.SiteUsers(site), RegionalSettingsRequests.Get(site) };
        requests.AddRange(reads.Select(r => r.Filter is null
            ? ItemRequests.QueryByTitle(site, r.Title, new ItemQuery(r.Select, null, PageSize))
            : ItemRequests.LastIdByTitle(site, r.Title)));
        requests.AddRange(extra ?? []);
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        responses[0].EnsureSuccess();
        responses[1].EnsureSuccess();
        var lists = responses[0].ReadJson<Values<ListInfo>>().Value.ToDictionary(l => l.Title, l => l.Id, StringComparer.OrdinalIgnoreCase);
        var users = responses[1].ReadJson<Values<SiteUser>>().Value.ToDictionary(u => u.Id);
        var settings = regional.Remember(site, RegionalSettingsResponses.Read(site, responses[2]));
        var items = new Dictionary<string, IReadOnlyList<ListItem>>(StringComparer.OrdinalIgnoreCase);
        var pending = new List<(List<ListItem> Items, Uri Next)>();
        var windowed = new List<(ListRead Read, List<ListItem> Items, int LastId)>();
        for (var i = 0; i < reads.Count; i++)
        {
            var found = new List<ListItem>();
            items[reads[i].Title] = found;
            if (!lists.ContainsKey(reads[i].Title))
            {
                continue;
            }

            if (reads[i].Filter is not null)
            {
                windowed.Add((reads[i], found, ItemResponses.LastId(responses[i + 3])));
            }
            else if (Page(responses[i + 3], found) is { } next)
            {
                pending.Add((found, next));
            }
        }

        pending.AddRange(await ReadWindowsAsync(site, windowed, cancellationToken).ConfigureAwait(false));
        await FollowAsync(site, pending, cancellationToken).ConfigureAwait(false);
        return new SiteContent(site, lists, items, users, settings) { Extra = [.. responses.Skip(3 + reads.Count)] };
    }

    /// <summary>
    /// Runs several filtered queries (e.g. the same list filtered per round) in id windows, batched; one result per
    /// query, in order. The lists must exist.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ListItem>>> ReadManyAsync(Uri site, IReadOnlyList<ListRead> reads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var results = reads.Select(_ => new List<ListItem>()).ToList();
        var titles = reads.Select(r => r.Title).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lastIds = await batches.ExecuteAsync(site, [.. titles.Select(t => ItemRequests.LastIdByTitle(site, t))], cancellationToken).ConfigureAwait(false);
        var lastId = titles.Select((t, i) => (t, ItemResponses.LastId(lastIds[i]))).ToDictionary(p => p.t, p => p.Item2, StringComparer.OrdinalIgnoreCase);
        var pending = await ReadWindowsAsync(site, [.. reads.Select((r, i) => (r, results[i], lastId[r.Title]))], cancellationToken).ConfigureAwait(false);
        await FollowAsync(site, [.. pending], cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<List<(List<ListItem> Items, Uri Next)>> ReadWindowsAsync(
        Uri site, IReadOnlyList<(ListRead Read, List<ListItem> Items, int LastId)> reads, CancellationToken cancellationToken)
    {
        var windows = reads
            .SelectMany(r => new ItemQuery(r.Read.Select, r.Read.Filter, PageSize).Windows(r.LastId).Select(w => (r.Items, Request: ItemRequests.QueryByTitle(site, r.Read.Title, w))))
            .ToList();
        var pending = new List<(List<ListItem> Items, Uri Next)>();
        if (windows.Count == 0)
        {
            return pending;
        }

        var answers = await batches.ExecuteAsync(site, [.. windows.Select(w => w.Request)], cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < answers.Count; i++)
        {
            if (Page(answers[i], windows[i].Items) is { } next)
            {
                pending.Add((windows[i].Items, next));
            }
        }

        return pending;
    }

    private async Task FollowAsync(Uri site, List<(List<ListItem> Items, Uri Next)> pending, CancellationToken cancellationToken)
    {
        while (pending.Count > 0)
        {
            var pages = await batches.ExecuteAsync(site, [.. pending.Select(p => ItemRequests.NextPage(p.Next))], cancellationToken).ConfigureAwait(false);
            var following = new List<(List<ListItem> Items, Uri Next)>();
            for (var i = 0; i < pages.Count; i++)
            {
                if (Page(pages[i], pending[i].Items) is { } next)
                {
                    following.Add((pending[i].Items, next));
                }
            }

            pending = following;
        }
    }

    private static Uri? Page(WireResponse response, List<ListItem> into)
    {
        response.EnsureSuccess();
        var page = ItemResponses.Page(response);
        into.AddRange(page.Items);
        return page.NextLink;
    }

    private sealed record Values<T>(IReadOnlyList<T> Value);
}
