namespace PnpSamtale.SharePoint.Http;

/// <summary>
/// One request exactly as it goes on the wire: built by the pure builders in the feature folders, sent by
/// <see cref="WireTransport"/> or as a part of a batch. Keeping construction apart from sending makes every request
/// shape testable without a server. <c>User-Agent</c> and <c>Authorization</c> are not here: the handlers add them.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Uri">The absolute URI, query included.</param>
/// <param name="Headers">The request headers other than <c>Content-Type</c>, which travels with <paramref name="Body"/>.</param>
/// <param name="Body">The body, or <c>null</c> for none.</param>
public sealed record WireRequest(HttpMethod Method, Uri Uri, IReadOnlyList<WireHeader> Headers, WireBody? Body = null)
{
    /// <summary>The value of the header called <paramref name="name"/>, or <c>null</c>.</summary>
    public string? GetHeader(string name) => WireHeader.Find(Headers, name);

    /// <summary>Whether the request only reads (a <c>GET</c>): reads are plain parts of a batch, writes go in changesets.</summary>
    public bool IsRead => Method == HttpMethod.Get;

    /// <summary>
    /// Whether sending the request twice has the effect of sending it once, so that it may be re-sent when its outcome
    /// is unknown (a <c>504</c>, a <c>503</c> without <c>Retry-After</c>, a time-out or a connection lost after the
    /// request went out). <c>GET</c>, <c>PUT</c> and <c>DELETE</c> are; a <c>POST</c> is not unless its builder says so
    /// (an add would be added twice). Throttled requests (<c>429</c>, <c>503</c> with <c>Retry-After</c>) were not
    /// carried out and are re-sent either way.
    /// </summary>
    public bool Idempotent { get; init; } = Method != HttpMethod.Post;
}
