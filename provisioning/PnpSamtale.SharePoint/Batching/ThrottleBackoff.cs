using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>How long to wait before re-sending the throttled operations of a batch.</summary>
internal static class ThrottleBackoff
{
    /// <summary>
    /// The largest <c>Retry-After</c> among the throttled operations (each one's wait must be honoured in full, and
    /// they go out together); without any, <c>2^round</c> seconds capped at <paramref name="maxComputedDelay"/>.
    /// <c>null</c> when that wait would not end before <paramref name="remaining"/> runs out: the operations then keep
    /// their throttled answers.
    /// </summary>
    public static TimeSpan? For(IEnumerable<WireResponse> throttled, int round, TimeSpan maxComputedDelay, TimeSpan remaining, DateTimeOffset now)
    {
        TimeSpan? largest = null;
        foreach (var response in throttled)
        {
            if (RetryAfter.Parse(response.GetHeader("Retry-After"), response.GetHeader("RateLimit-Reset"), now) is { } wait && (largest is null || wait > largest))
            {
                largest = wait;
            }
        }

        var delay = largest ?? TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(round, 16)), maxComputedDelay.TotalSeconds));
        return delay <= remaining ? delay : null;
    }
}
