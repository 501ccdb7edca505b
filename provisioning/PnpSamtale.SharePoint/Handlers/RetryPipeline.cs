using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// The Polly.Core pipeline of <see cref="ResilienceHandler"/>: a retry around a per-attempt timeout, at most
/// <see cref="SharePointOptions.MaxRetryAttempts"/> retries. What is retried depends on whether the request was
/// carried out:
/// <list type="bullet">
/// <item><c>429</c>, and <c>503</c> with <c>Retry-After</c>: throttled, not carried out — always retried, after the
/// full <c>Retry-After</c> (seconds or HTTP date).</item>
/// <item>A connection that could not be made (refused, name not resolved): nothing was sent — always retried.</item>
/// <item><c>504</c>, <c>503</c> without <c>Retry-After</c>, a time-out or a connection lost after sending: the outcome
/// is unknown — retried only when the request is <see cref="Http.WireRequest.Idempotent"/>, so an add is never added
/// twice.</item>
/// </list>
/// Without <c>Retry-After</c> the wait is an exponential backoff with jitter, capped at
/// <see cref="SharePointOptions.MaxRetryDelay"/>. No wait is started that would overrun the <see cref="RetryBudget"/>.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>Whether the request of the execution may be re-sent when its outcome is unknown.</summary>
    public static readonly ResiliencePropertyKey<bool> IdempotentKey = new("PnpSamtale.Idempotent");

    /// <summary>When the execution's waiting must be over (its retry budget).</summary>
    public static readonly ResiliencePropertyKey<DateTimeOffset> DeadlineKey = new("PnpSamtale.RetryDeadline");

    private static readonly ResiliencePropertyKey<TimeSpan> NextDelayKey = new("PnpSamtale.NextDelay");
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
        SharePointOptions options, TimeProvider timeProvider, ILogger logger) => new()
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, args.AttemptNumber, options.MaxRetryDelay, timeProvider)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelayKey, TimeSpan.Zero)),
            OnRetry = args =>
            {
                LogRetry(logger, args, options.MaxRetryAttempts);
                return ValueTask.CompletedTask;
            },
        };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attempt, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var idempotent = context.Properties.GetValue(IdempotentKey, false);
        var now = timeProvider.GetUtcNow();
        var asked = RetryAfter.Of(outcome.Result, now);
        var retry = outcome.Result is { } response
            ? Disposition(response.StatusCode, asked is not null) switch
            {
                FailureDisposition.NotCarriedOut => true,
                FailureDisposition.Unknown => idempotent,
                _ => false,
            }
            : outcome.Exception is { } exception && TransientFailures.IsTransient(exception) && (idempotent || TransientFailures.WasNotSent(exception));
        if (!retry)
        {
            return false;
        }

        var delay = asked ?? Backoff(attempt, maxDelay);
        var deadline = context.Properties.GetValue(DeadlineKey, DateTimeOffset.MaxValue);
        if (now + delay > deadline)
        {
            // The service asks for longer than the run may still wait: the throttled answer is the result.
            return false;
        }

        context.Properties.Set(NextDelayKey, delay);
        return true;
    }

    /// <summary>What a failed status says about whether the request was carried out.</summary>
    internal static FailureDisposition Disposition(HttpStatusCode status, bool hasRetryAfter) => status switch
    {
        HttpStatusCode.TooManyRequests => FailureDisposition.NotCarriedOut,
        HttpStatusCode.ServiceUnavailable when hasRetryAfter => FailureDisposition.NotCarriedOut,
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => FailureDisposition.Unknown,
        _ => FailureDisposition.Final,
    };

    /// <summary>1 s, 2 s, 4 s … capped at <paramref name="maxDelay"/>, each shortened by up to half at random (jitter).</summary>
    private static TimeSpan Backoff(int attempt, TimeSpan maxDelay)
    {
        var full = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16)), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full * (0.5 + (Random.Shared.NextDouble() / 2)));
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

/// <summary>What a failed answer says about whether the request was carried out.</summary>
internal enum FailureDisposition
{
    /// <summary>A final answer: retrying gives the same.</summary>
    Final,

    /// <summary>Throttled: the service did not carry it out and asks to come back later.</summary>
    NotCarriedOut,

    /// <summary>The request may or may not have been carried out.</summary>
    Unknown,
}
