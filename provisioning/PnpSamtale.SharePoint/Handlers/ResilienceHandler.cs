using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// Retries throttled and transiently failed requests (see <see cref="RetryPipeline"/>: throttled ones always,
/// unknown outcomes only when the request is idempotent). When the retries or the <see cref="RetryBudget"/> are spent
/// the last response is returned as it is, and the transport turns a final <c>429</c>/<c>503</c> into a
/// <see cref="Errors.SharePointThrottledException"/>. A request the caller cancels is never retried. An answer is read
/// whole inside its attempt, so one cut short is a lost answer like a closed connection; a request whose answer was
/// lost, and not (or no longer) re-sent, ends in a <see cref="RequestOutcomeUnknownException"/>.
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    // How many times the request went out in this execution (a lost answer reports whether it was re-sent).
    private static readonly ResiliencePropertyKey<int> AttemptsKey = new("PnpSamtale.Attempts");

    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly SharePointOptions options;
    private readonly TimeProvider timeProvider;
    private readonly RetryBudget budget;

    /// <summary>Creates the handler.</summary>
    public ResilienceHandler(IOptions<SharePointOptions> options, TimeProvider timeProvider, RetryBudget budget, ILogger<ResilienceHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.budget = budget;
        pipeline = RetryPipeline.Create(this.options, timeProvider, logger);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var idempotent = request.Options.TryGetValue(WireTransport.IdempotentOption, out var flag)
                ? flag
                : request.Method != HttpMethod.Post;
            context.Properties.Set(RetryPipeline.IdempotentKey, idempotent);
            context.Properties.Set(RetryPipeline.DeadlineKey, timeProvider.GetUtcNow() + budget.Remaining(options.RetryBudget));

            // The same message is sent again on a retry: its content is a buffered ReadOnlyMemoryContent.
            return await pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    ctx.Properties.Set(AttemptsKey, ctx.Properties.GetValue(AttemptsKey, 0) + 1);
                    return await state.Handler.SendOnceAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (exception is not RequestOutcomeUnknownException && TransientFailures.LeftOutcomeUnknown(exception))
        {
            var resent = context.Properties.GetValue(AttemptsKey, 1) > 1;
            throw new RequestOutcomeUnknownException(request.Method.Method, request.RequestUri?.Host ?? "the service", resent, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            // An idempotent request is tried again until the attempts run out; any other was sent once, its outcome unknown.
            var attempts = context.Properties.GetValue(AttemptsKey, 1);
            throw new TimeoutException(
                $"{request.Method} to {request.RequestUri?.Host} got no response within SharePoint:RequestTimeout " +
                $"({options.RequestTimeout}) " + (context.Properties.GetValue(RetryPipeline.IdempotentKey, false)
                    ? $"on any of {attempts} attempts."
                    : "and was not re-sent: whether it was carried out is unknown."),
                exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            // Reading the body belongs to the attempt: an answer cut short is as lost as one that never came.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (IOException exception)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection closed before the whole answer arrived.", exception);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
