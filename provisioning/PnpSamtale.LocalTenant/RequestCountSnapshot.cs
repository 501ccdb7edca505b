namespace PnpSamtale.LocalTenant;

/// <summary>
/// Requests counted since the last reset: the total and the count per endpoint, keyed
/// <c>"{METHOD} {route template}"</c> (site routes without their <c>/sites/{site}</c> prefix); operations inside a
/// <c>$batch</c> are counted again under their own route with the prefix <c>batch:</c>.
/// </summary>
/// <param name="Total">All counted requests, inner batch operations included.</param>
/// <param name="ByEndpoint">The count per endpoint key.</param>
public sealed record RequestCountSnapshot(long Total, IReadOnlyDictionary<string, long> ByEndpoint)
{
    /// <summary>The count for one endpoint key, 0 when it was never called.</summary>
    public long For(string endpoint) => ByEndpoint.TryGetValue(endpoint, out var count) ? count : 0;
}
