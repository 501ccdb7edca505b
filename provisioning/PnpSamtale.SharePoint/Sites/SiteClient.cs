using System.Net;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Sites;

/// <summary>Creates, polls, reads and deletes site collections through <c>SPSiteManager</c> on the tenant host.</summary>
public sealed class SiteClient
{
    /// <summary>How many times a site's status (and then its web) is polled before giving up.</summary>
    public const int MaxPolls = 20;

    private static readonly TimeSpan FirstPollDelay = TimeSpan.FromSeconds(1);

    private readonly WireTransport transport;
    private readonly SharePointOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the client.</summary>
    public SiteClient(WireTransport transport, IOptions<SharePointOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.transport = transport;
        this.options = options.Value;
        this.timeProvider = timeProvider;
    }

    private Uri Tenant => options.TenantUrl ?? throw new InvalidOperationException("SharePoint:TenantUrl is not set.");

    /// <summary>
    /// Creates the site and waits until it is ready (status 2 and <c>IsProvisioningComplete</c>). A site that already
    /// exists at the URL (SiteStatus 4, or 3 with a site there) is an expected outcome
    /// (<see cref="SiteCreationOutcome.AlreadyExisted"/>), not an error.
    /// </summary>
    /// <exception cref="SharePointServiceException">Creation failed, or SharePoint refused the request.</exception>
    /// <exception cref="TimeoutException">The site was not ready after <see cref="MaxPolls"/> polls.</exception>
    public async Task<SiteCreationResult> CreateSiteAsync(SiteCreation site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var response = await transport.SendOrThrowAsync(SiteRequests.Create(Tenant, site), cancellationToken).ConfigureAwait(false);
        var created = SiteProvisioning.Read(response);
        if (created.SiteStatus is SiteStatus.Ready or SiteStatus.Provisioning)
        {
            await WaitUntilReadyAsync(site.Url, cancellationToken).ConfigureAwait(false);
            var id = created.SiteId ?? (await FindSiteAsync(site.Url, cancellationToken).ConfigureAwait(false))?.Id ?? Guid.Empty;
            return new SiteCreationResult(id, site.Url, SiteCreationOutcome.Created);
        }

        // SiteStatus 4 ("a site already exists at the URL"), or 3 when the URL is taken: if it is ready, it is the one wanted.
        switch (await GetStateAsync(site.Url, cancellationToken).ConfigureAwait(false))
        {
            case SiteState.Ready:
                break;
            case SiteState.Provisioning:
                await WaitUntilReadyAsync(site.Url, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw SiteFailed(site.Url, created.SiteStatus);
        }

        var existing = await FindSiteAsync(site.Url, cancellationToken).ConfigureAwait(false);
        return new SiteCreationResult(existing?.Id ?? Guid.Empty, site.Url, SiteCreationOutcome.AlreadyExisted);
    }

    /// <summary>Polls with a growing delay (1 s, 2 s, 4 s … capped at <c>SharePoint:MaxRetryDelay</c>) until the site is ready.</summary>
    /// <exception cref="SharePointServiceException">SharePoint reports the creation failed.</exception>
    /// <exception cref="TimeoutException">Not ready after <see cref="MaxPolls"/> polls.</exception>
    public async Task WaitUntilReadyAsync(Uri siteUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        await PollAsync(async token =>
        {
            var status = await GetStatusAsync(siteUrl, token).ConfigureAwait(false);
            return status.SiteStatus == SiteStatus.Error ? throw SiteFailed(siteUrl, status.SiteStatus) : status.SiteStatus == SiteStatus.Ready;
        }, "the site status", cancellationToken).ConfigureAwait(false);
        await PollAsync(async token =>
        {
            var web = await GetWebAsync(siteUrl, token).ConfigureAwait(false);
            return web.IsProvisioningComplete;
        }, "IsProvisioningComplete", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The creation status of the site at <paramref name="siteUrl"/>, read tolerantly (<c>SiteId</c> may be <c>""</c> or
    /// <c>null</c>). To learn whether a site exists use <see cref="GetStateAsync"/>: the status alone cannot tell a
    /// missing site from one being created.
    /// </summary>
    public async Task<SiteProvisioning> GetStatusAsync(Uri siteUrl, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(SiteRequests.Status(Tenant, siteUrl), cancellationToken).ConfigureAwait(false);
        return SiteProvisioning.Read(response);
    }

    /// <summary>
    /// Whether a site exists at <paramref name="siteUrl"/>, and whether it is ready. <c>SPSiteManager/status</c> answers
    /// 2 for a ready site and 0 for a missing one as documented, but real tenants have also answered 1 ("provisioning")
    /// with no <c>SiteId</c> for a URL where nothing exists; such an answer is settled by reading the site itself
    /// (<c>GET {site}/_api/site</c>: 404 when it is not there).
    /// </summary>
    public async Task<SiteState> GetStateAsync(Uri siteUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        var status = await GetStatusAsync(siteUrl, cancellationToken).ConfigureAwait(false);
        switch (status.SiteStatus)
        {
            case SiteStatus.Ready:
                return SiteState.Ready;
            case SiteStatus.NotFound:
                return SiteState.Missing;
            case SiteStatus.Error:
                return SiteState.Failed;
            case SiteStatus.Provisioning when status.SiteId is not null:
                return SiteState.Provisioning;
            default:
                return await FindSiteAsync(siteUrl, cancellationToken).ConfigureAwait(false) is null ? SiteState.Missing : SiteState.Provisioning;
        }
    }

    /// <summary>Deletes the site collection (it goes to the tenant's deleted sites).</summary>
    public async Task DeleteSiteAsync(Guid siteId, CancellationToken cancellationToken) =>
        await transport.SendOrThrowAsync(SiteRequests.Delete(Tenant, siteId), cancellationToken).ConfigureAwait(false);

    /// <summary>The site's root web.</summary>
    public Task<WebInfo> GetWebAsync(Uri site, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<WebInfo>(SiteRequests.GetWeb(site), cancellationToken);

    /// <summary>The site collection's id and URL, or <c>null</c> when no site exists at <paramref name="site"/>.</summary>
    public async Task<SiteInfo?> FindSiteAsync(Uri site, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(SiteRequests.GetSite(site), cancellationToken).ConfigureAwait(false);
        if (response.ToError() is { Status: HttpStatusCode.NotFound })
        {
            return null;
        }

        response.EnsureSuccess();
        return response.ReadJson<SiteInfo>();
    }

    private async Task PollAsync(Func<CancellationToken, Task<bool>> isDone, string what, CancellationToken cancellationToken)
    {
        var delay = FirstPollDelay;
        for (var poll = 1; poll <= MaxPolls; poll++)
        {
            if (await isDone(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (poll < MaxPolls)
            {
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }
        }

        throw new TimeoutException($"The new site was not ready: {what} did not reach the expected value in {MaxPolls} polls.");
    }

    private static SharePointServiceException SiteFailed(Uri url, SiteStatus status) =>
        new(new RemoteError(
            HttpStatusCode.OK,
            "SiteStatus " + (int)status,
            $"SPSiteManager reports {status} for {url.AbsoluteUri}; no ready site is there.",
            null));
}
