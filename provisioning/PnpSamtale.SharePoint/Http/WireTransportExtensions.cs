namespace PnpSamtale.SharePoint.Http;

/// <summary>The ways the clients use a response: succeed or throw, and find or <c>null</c>.</summary>
internal static class WireTransportExtensions
{
    /// <summary>Sends and throws the typed exception unless the answer is 2xx.</summary>
    public static async Task<WireResponse> SendOrThrowAsync(
        this WireTransport transport, WireRequest request, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccess();
        return response;
    }

    /// <summary>Sends and reads the JSON answer; throws the typed exception unless it is 2xx.</summary>
    public static async Task<T> GetJsonAsync<T>(
        this WireTransport transport, WireRequest request, CancellationToken cancellationToken)
    {
        var response = await transport.SendOrThrowAsync(request, cancellationToken).ConfigureAwait(false);
        return response.ReadJson<T>();
    }

    /// <summary>
    /// Sends and reads the JSON answer, or <c>null</c> when the thing asked for does not exist (a 404 other than
    /// "site not found", see <see cref="Errors.RemoteError.IsNotFound"/>); other failures throw.
    /// </summary>
    public static async Task<T?> FindJsonAsync<T>(
        this WireTransport transport, WireRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.ToError() is { IsNotFound: true })
        {
            return null;
        }

        response.EnsureSuccess();
        return response.ReadJson<T>();
    }
}
