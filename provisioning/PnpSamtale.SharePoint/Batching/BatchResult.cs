using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// The outcome of one operation of a batch that returns nothing. Batches are not transactional: each operation
/// succeeds or fails on its own, so a failure is a result here, not an exception.
/// </summary>
/// <param name="Index">The operation's position in the caller's input.</param>
/// <param name="Error">What went wrong, or <c>null</c> on success (still <c>429</c> when the re-sends were spent).</param>
public sealed record BatchResult(int Index, RemoteError? Error)
{
    /// <summary>Whether the operation succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Throws the typed exception when the operation failed.</summary>
    /// <exception cref="SharePointServiceException">The operation failed.</exception>
    public void ThrowIfFailed()
    {
        if (Error is { } error)
        {
            throw SharePointServiceException.From(error);
        }
    }

    internal static IReadOnlyList<BatchResult> From(IReadOnlyList<WireResponse> responses) =>
        responses.Select((response, index) => new BatchResult(index, response.ToError())).ToArray();
}
