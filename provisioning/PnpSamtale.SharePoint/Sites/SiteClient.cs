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
    /// exists at the URL is an expected outcome (<see cref="SiteCreationOutcome.AlreadyExisted"/>), not an error.
    /// </summary>
    /// <exception cref="SharePointServiceException">Creation failed, or SharePoint refused the request.</exception>
    /// <exception cref="TimeoutException">The site was not ready after <see cref="MaxPolls"/> polls.</exception>
    public async Task<SiteCreationResult> CreateSiteAsync(SiteCreation site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var created = await transport.GetJsonAsync<SiteProvisioning>(SiteRequests.Create(Tenant, site), cancellationToken).ConfigureAwait(false);
        if (created.SiteStatus is SiteStatus.Ready or SiteStatus.Provisioning)
        {
            await WaitUntilReadyAsync(site.Url, cancellationToken).ConfigureAwait(false);
            return new SiteCreationResult(created.SiteId, site.Url, SiteCreationOutcome.Created);
        }

        // SharePoint answers SiteStatus 3 when the URL is taken; if a ready site is there, it is the one wanted.
        var existing = await GetStatusAsync(site.Url, cancellationToken).ConfigureAwait(false);
        if (existing.SiteStatus == SiteStatus.Ready)
        {
            return new SiteCreationResult(existing.SiteId, site.Url, SiteCreationOutcome.AlreadyExisted);
        }

        throw SiteFailed(site.Url, created.SiteStatus);
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

    /// <summary>The creation status of the site at <paramref name="siteUrl"/> (<see cref="SiteStatus.NotFound"/> when there is none).</summary>
    public Task<SiteProvisioning> GetStatusAsync(Uri siteUrl, CancellationToken cancellationToken) =>
        transport.GetJsonAsync<SiteProvisioning>(SiteRequests.Status(Tenant, siteUrl), cancellationToken);

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
