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
    private const string BatchPrefix = "batch:";

    // The envelopes only carry operations; the operations inside are counted on their own.
    private static readonly string[] BatchEnvelopes = ["POST /_api/$batch", "POST /v1.0/$batch"];

    // Functions SharePoint takes by POST that only read.
    private static readonly string[] ReadFunctions = ["POST /_api/web/GetRecycleBinItemsByQueryInfo"];

    /// <summary>
    /// The write operations among the counted requests: every request whose method is not <c>GET</c> (<c>POST</c>,
    /// <c>PUT</c>, <c>PATCH</c>, <c>MERGE</c> — also when tunnelled through <c>X-HTTP-Method</c> — and
    /// <c>DELETE</c>), each operation inside a SharePoint or Graph <c>$batch</c> counted by its own method, and the
    /// <c>$batch</c> envelopes (<c>POST /_api/$batch</c>, <c>POST /v1.0/$batch</c>) and the read functions called by
    /// <c>POST</c> (<c>GetRecycleBinItemsByQueryInfo</c>) not counted at all. A batch of three reads is 0 writes; a
    /// batch of two adds is 2. Throttled attempts count like any other, as they are counted
    /// when they arrive.
    /// </summary>
    public long Writes => ByEndpoint.Where(e => IsWrite(e.Key)).Sum(e => e.Value);

    /// <summary>The count for one endpoint key, 0 when it was never called.</summary>
    public long For(string endpoint) => ByEndpoint.TryGetValue(endpoint, out var count) ? count : 0;

    private static bool IsWrite(string endpoint)
    {
        if (BatchEnvelopes.Contains(endpoint, StringComparer.Ordinal))
        {
            return false;
        }

        var request = endpoint.StartsWith(BatchPrefix, StringComparison.Ordinal) ? endpoint[BatchPrefix.Length..] : endpoint;
        if (ReadFunctions.Contains(request, StringComparer.Ordinal))
        {
            return false;
        }

        var space = request.IndexOf(' ', StringComparison.Ordinal);
        var method = space < 0 ? request : request[..space];
        return !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);
    }
}
