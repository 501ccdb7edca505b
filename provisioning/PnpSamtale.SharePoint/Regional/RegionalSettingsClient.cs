using System.Collections.Concurrent;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Regional;

/// <summary>
/// A site's regional settings, read once per site and kept as long as the client lives (a site's locale is fixed at
/// creation; its zone changes only by an administrator's hand). Readers that fetch them in a batch of their own hand
/// them in with <see cref="Remember"/>, so no request is made twice.
/// </summary>
public sealed class RegionalSettingsClient
{
    private readonly WireTransport transport;
    private readonly RegionalSettingsCache cache;

    /// <summary>Creates the client.</summary>
    public RegionalSettingsClient(WireTransport transport, RegionalSettingsCache cache)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(cache);
        this.transport = transport;
        this.cache = cache;
    }

    /// <summary>The settings of the site, from the cache or read now.</summary>
    public async Task<RegionalSettings> GetAsync(Uri site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (cache.Find(site) is { } known)
        {
            return known;
        }

        var response = await transport.SendAsync(RegionalSettingsRequests.Get(site), cancellationToken).ConfigureAwait(false);
        return Remember(site, RegionalSettingsResponses.Read(site, response));
    }

    /// <summary>Keeps settings read elsewhere (e.g. in a reader's batch) and returns them.</summary>
    public RegionalSettings Remember(Uri site, RegionalSettings settings) => cache.Remember(site, settings);
}

/// <summary>The store behind <see cref="RegionalSettingsClient"/>, by site URL.</summary>
public sealed class RegionalSettingsCache
{
    private readonly ConcurrentDictionary<string, RegionalSettings> bySite = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings of the site, if known.</summary>
    public RegionalSettings? Find(Uri site) => bySite.TryGetValue(Key(site), out var settings) ? settings : null;

    /// <summary>Keeps the settings of the site.</summary>
    public RegionalSettings Remember(Uri site, RegionalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bySite[Key(site)] = settings;
        return settings;
    }

    private static string Key(Uri site) => SharePointRequest.SiteRoot(site);
}
