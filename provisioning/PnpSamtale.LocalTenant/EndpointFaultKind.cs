namespace PnpSamtale.LocalTenant;

/// <summary>What an <see cref="EndpointFault"/> does to a request it hits.</summary>
public enum EndpointFaultKind
{
    /// <summary>
    /// Commit, then drop the response: the request is carried out (its unit of work committed), then the connection
    /// is closed without a byte of the answer. On an operation inside a <c>$batch</c>: every operation of the batch
    /// runs, then the whole <c>$batch</c> response is lost.
    /// </summary>
    DropResponseAfterCommit = 0,

    /// <summary>
    /// The request is carried out and its answer sent — status, headers with the full <c>Content-Length</c> — but the
    /// connection is closed after <see cref="EndpointFault.Bytes"/> bytes of the body. On an operation inside a
    /// <c>$batch</c>: the <c>$batch</c> response is cut after that many bytes. An answer no longer than that arrives whole.
    /// </summary>
    DropAfterBytes = 1,

    /// <summary>The connection is closed before the request is carried out: nothing happens and nothing is answered.</summary>
    DropRequest = 2,
}
