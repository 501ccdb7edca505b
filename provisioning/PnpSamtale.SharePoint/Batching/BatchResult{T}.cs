using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>The outcome of one operation of a batch that returns a value.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Index">The operation's position in the caller's input.</param>
/// <param name="Value">The value read from the operation's response; default when it failed.</param>
/// <param name="Error">What went wrong, or <c>null</c> on success.</param>
public sealed record BatchResult<T>(int Index, T? Value, RemoteError? Error)
{
    /// <summary>Whether the operation succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The value, or the typed exception when the operation failed.</summary>
    /// <exception cref="SharePointServiceException">The operation failed.</exception>
    public T GetValueOrThrow() =>
        Error is { } error ? throw SharePointServiceException.From(error) : Value!;

    internal static IReadOnlyList<BatchResult<T>> From(IReadOnlyList<WireResponse> responses, Func<WireResponse, T> read) =>
        responses
            .Select((response, index) => response.ToError() is { } error
                ? new BatchResult<T>(index, default, error)
                : new BatchResult<T>(index, read(response), null))
            .ToArray();
}
