using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// Retries throttled and transiently failed requests (see <see cref="RetryPipeline"/>). When the retries are spent
/// the last response is returned as it is, and the transport turns a final <c>429</c>/<c>503</c> into a
/// <see cref="Errors.SharePointThrottledException"/>. A request the caller cancels is never retried.
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly SharePointOptions options;

    /// <summary>Creates the handler.</summary>
    public ResilienceHandler(IOptions<SharePointOptions> options, TimeProvider timeProvider, ILogger<ResilienceHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options.Value;
        pipeline = RetryPipeline.Create(this.options, timeProvider, logger);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            // The same message is sent again on a retry: its content is a buffered ReadOnlyMemoryContent.
            return await pipeline.ExecuteAsync(
                static async (state, token) => await state.Handler.SendOnceAsync(state.Request, token).ConfigureAwait(false),
                (Handler: this, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new TimeoutException(
                $"{request.Method} to {request.RequestUri?.Host} got no response within SharePoint:RequestTimeout " +
                $"({options.RequestTimeout}) on any of {options.MaxRetryAttempts + 1} attempts.",
                exception);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
