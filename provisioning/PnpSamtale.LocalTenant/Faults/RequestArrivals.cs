namespace PnpSamtale.LocalTenant.Faults;

/// <summary>Numbers the requests that reach the server (a <c>$batch</c> once) and asks <see cref="FaultOptions.BeforeRequest"/> about each.</summary>
internal sealed class RequestArrivals(Func<RequestArrival, Task<bool>>? hook)
{
    private int count;

    /// <summary>
    /// Whether to carry the request out: always, unless the hook says otherwise. The body is read whole first, so the
    /// request has arrived complete before the hook acts on its sender (and can be carried out after the sender died).
    /// </summary>
    public async Task<bool> ProceedAsync(HttpContext http, string endpoint)
    {
        if (hook is null)
        {
            return true;
        }

        var number = Interlocked.Increment(ref count);
        http.Request.EnableBuffering();
        await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted).ConfigureAwait(false);
        http.Request.Body.Position = 0;
        if (!await hook(new RequestArrival(endpoint, number)).ConfigureAwait(false))
        {
            return false;
        }

        // Carried out whole even when its sender is gone, as a server does with a request it has received.
        http.RequestAborted = CancellationToken.None;
        return true;
    }
}
