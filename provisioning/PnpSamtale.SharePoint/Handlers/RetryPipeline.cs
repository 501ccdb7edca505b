using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// The Polly.Core pipeline of <see cref="ResilienceHandler"/>: a retry around a per-attempt timeout. Retries
/// <c>429</c>/<c>503</c>/<c>504</c>, network failures and attempts that timed out, at most
/// <see cref="SharePointOptions.MaxRetryAttempts"/> times; waits what <c>Retry-After</c> asks (seconds or HTTP date),
/// else an exponential backoff with jitter; never longer than <see cref="SharePointOptions.MaxRetryDelay"/>.
/// </summary>
internal static class RetryPipeline
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    /// <summary>Builds the pipeline; all waiting goes through <paramref name="timeProvider"/>.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(SharePointOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(RetryOptions(options, timeProvider, logger));
        }

        return builder.AddTimeout(options.RequestTimeout).Build();
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions(
        SharePointOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var maxDelay = options.MaxRetryDelay;
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = BaseDelay < maxDelay ? BaseDelay : maxDelay,
            MaxDelay = maxDelay,
            ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, timeProvider, maxDelay)),
            OnRetry = args =>
            {
                LogRetry(logger, args, options.MaxRetryAttempts);
                return ValueTask.CompletedTask;
            },
        };
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return outcome.Result is { } response
            ? TransientFailures.IsTransient(response.StatusCode)
            : outcome.Exception is { } exception && TransientFailures.IsTransient(exception);
    }

    /// <summary>The server's <c>Retry-After</c>, capped; <c>null</c> lets Polly's jittered backoff decide.</summary>
    private static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider, TimeSpan maxDelay)
    {
        var asked = RetryAfter.Of(outcome.Result?.Headers.RetryAfter, timeProvider.GetUtcNow());
        return asked is { } delay && delay > maxDelay ? maxDelay : asked;
    }

    private static void LogRetry(ILogger logger, OnRetryArguments<HttpResponseMessage> args, int attempts)
    {
        var request = args.Outcome.Result?.RequestMessage;
        var method = request?.Method.Method ?? "request";
        var host = request?.RequestUri?.Host ?? "the service";
        var attempt = args.AttemptNumber + 2;
        if (args.Outcome.Result is { } response)
        {
            ResilienceLog.RetryingStatus(logger, method, host, response.StatusCode, attempt, attempts + 1, args.RetryDelay.TotalMilliseconds);
        }
        else
        {
            var type = args.Outcome.Exception?.GetType().Name ?? "an error";
            ResilienceLog.RetryingException(logger, method, host, type, attempt, attempts + 1, args.RetryDelay.TotalMilliseconds);
        }
    }
}
