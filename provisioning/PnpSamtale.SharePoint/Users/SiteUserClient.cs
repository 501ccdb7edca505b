using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Users;

/// <summary>Site users: <c>ensureuser</c> (one or batched), the current user and the site's users.</summary>
public sealed class SiteUserClient
{
    private readonly WireTransport transport;
    private readonly SharePointBatchExecutor batches;

    /// <summary>Creates the client.</summary>
    public SiteUserClient(WireTransport transport, SharePointBatchExecutor batches)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(batches);
        this.transport = transport;
        this.batches = batches;
    }

    /// <summary>Makes sure the person is a user of the site and returns the site user (its <c>Id</c> is what person fields store).</summary>
    /// <exception cref="Errors.SharePointServiceException">The directory does not know the person (404), or another failure.</exception>
    public Task<SiteUser> EnsureUserAsync(Uri site, string upnOrLoginName, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<SiteUser>(SiteUserRequests.EnsureUser(site, upnOrLoginName), cancellationToken);

    /// <summary><see cref="EnsureUserAsync"/> for many people in batches; one result per person, in input order.</summary>
    public async Task<IReadOnlyList<BatchResult<SiteUser>>> EnsureUsersAsync(
        Uri site, IReadOnlyList<string> upnsOrLoginNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upnsOrLoginNames);
        var requests = upnsOrLoginNames.Select(name => SiteUserRequests.EnsureUser(site, name)).ToArray();
        var responses = await batches.ExecuteAsync(site, requests, cancellationToken).ConfigureAwait(false);
        return BatchResult<SiteUser>.From(responses, response => response.ReadJson<SiteUser>());
    }

    /// <summary>The user the requests run as (the app principal under app-only auth).</summary>
    public Task<SiteUser> GetCurrentUserAsync(Uri site, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<SiteUser>(SiteUserRequests.CurrentUser(site), cancellationToken);

    /// <summary>Every user of the site collection.</summary>
    public async Task<IReadOnlyList<SiteUser>> GetSiteUsersAsync(Uri site, CancellationToken cancellationToken)
    {
        var list = await transport.GetJsonAsync<ValueList<SiteUser>>(SiteUserRequests.SiteUsers(site), cancellationToken).ConfigureAwait(false);
        return list.Value;
    }
}
