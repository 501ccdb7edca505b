using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.Jobs.Reading;

/// <summary>A list to read: by title, with the fields and filter the job needs.</summary>
/// <param name="Title">The list's title.</param>
/// <param name="Select">The fields.</param>
/// <param name="Filter">An OData filter, or <c>null</c> for every item.</param>
public sealed record ListRead(string Title, IReadOnlyList<string> Select, string? Filter = null);

/// <summary>
/// Reads what a job needs from a site in one <c>$batch</c>: the lists (for their ids), the site's users (person
/// fields hold user ids) and the items of the named lists addressed by title; then only the next pages of lists with
/// more than 5,000 matching items, batched together.
/// </summary>
public sealed class SiteContentReader(SharePointBatchExecutor batches)
{
    /// <summary>Items per page: the most SharePoint returns.</summary>
    public const int PageSize = 5000;

    /// <summary>
    /// Reads the site. A list the site does not have reads as empty; any other failure throws. <paramref name="extra"/>
    /// requests (e.g. the recycle bins) ride in the same batch; their answers are in <see cref="SiteContent.Extra"/>.
    /// </summary>
    public async Task<SiteContent> ReadAsync(Uri site, IReadOnlyList<ListRead> reads, CancellationToken cancellationToken, IReadOnlyList<WireRequest>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(reads);
        var requests = new List<WireRequest> { ListRequests.GetAll(site), SiteUserRequests.SiteUsers(site) };
        requests.AddRange(reads.Select(r => ItemRequests.QueryByTitle(site, r.Title, new ItemQuery(r.Select, r.Filter, PageSize))));
        requests.AddRange(extra ?? []);
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        responses[0].EnsureSuccess();
        responses[1].EnsureSuccess();
        var lists = responses[0].ReadJson<Values<ListInfo>>().Value.ToDictionary(l => l.Title, l => l.Id, StringComparer.OrdinalIgnoreCase);
        var users = responses[1].ReadJson<Values<SiteUser>>().Value.ToDictionary(u => u.Id);
        var items = new Dictionary<string, IReadOnlyList<ListItem>>(StringComparer.OrdinalIgnoreCase);
        var pending = new List<(List<ListItem> Items, Uri Next)>();
        for (var i = 0; i < reads.Count; i++)
        {
            var found = new List<ListItem>();
            items[reads[i].Title] = found;
            if (!lists.ContainsKey(reads[i].Title))
            {
                continue;
            }

            if (Page(responses[i + 2], found) is { } next)
            {
                pending.Add((found, next));
            }
        }

        await FollowAsync(site, pending, cancellationToken).ConfigureAwait(false);
        return new SiteContent(site, lists, items, users) { Extra = [.. responses.Skip(2 + reads.Count)] };
    }

    /// <summary>
    /// Runs several queries (e.g. the same list filtered per round) in one <c>$batch</c>, following next pages; one
    /// result per query, in order. The lists must exist.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ListItem>>> ReadManyAsync(Uri site, IReadOnlyList<ListRead> reads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        var results = reads.Select(_ => new List<ListItem>()).ToList();
        var responses = await batches.ExecuteAsync(site, [.. reads.Select(r => ItemRequests.QueryByTitle(site, r.Title, new ItemQuery(r.Select, r.Filter, PageSize)))], cancellationToken).ConfigureAwait(false);
        var pending = new List<(List<ListItem> Items, Uri Next)>();
        for (var i = 0; i < responses.Count; i++)
        {
            if (Page(responses[i], results[i]) is { } next)
            {
                pending.Add((results[i], next));
            }
        }

        await FollowAsync(site, pending, cancellationToken).ConfigureAwait(false);
        return results;
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
