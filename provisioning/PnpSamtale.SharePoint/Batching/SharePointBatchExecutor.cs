using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// Runs many operations against one site through SharePoint <c>$batch</c>: splits them at
/// <see cref="SharePointOptions.MaxBatchOperations"/>, returns one response per operation in input order, and
/// re-sends only the operations whose part came back <c>429</c>/<c>503</c> — after the largest <c>Retry-After</c>
/// among them, honoured in full within the <see cref="RetryBudget"/> — at most <see cref="SharePointOptions.MaxRetryAttempts"/>
/// times. The <c>$batch</c> itself may be re-sent on an unknown outcome only when every operation in it is idempotent. A throttled <c>$batch</c> as a
/// whole is retried by the <see cref="ResilienceHandler"/> like any request.
/// </summary>
public sealed class SharePointBatchExecutor
{
    private readonly WireTransport transport;
    private readonly SharePointOptions options;
    private readonly TimeProvider timeProvider;
    private readonly RetryBudget budget;
    private readonly ILogger logger;

    /// <summary>Creates the executor.</summary>
    public SharePointBatchExecutor(
        WireTransport transport, IOptions<SharePointOptions> options, TimeProvider timeProvider, RetryBudget budget, ILogger<SharePointBatchExecutor> logger)
    {
        ArgumentNullException.ThrowIfNull(budget);
        this.budget = budget;
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        this.transport = transport;
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>Runs <paramref name="operations"/>, all of which must target <paramref name="site"/>.</summary>
    /// <returns>One response per operation, in input order; an operation still throttled after the re-sends keeps its <c>429</c>.</returns>
    public async Task<IReadOnlyList<WireResponse>> ExecuteAsync(
        Uri site, IReadOnlyList<WireRequest> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        EnsureOneSite(site, operations);
        var results = new WireResponse[operations.Count];
        var deadline = timeProvider.GetUtcNow() + budget.Remaining(options.RetryBudget);
        for (var start = 0; start < operations.Count; start += options.MaxBatchOperations)
        {
            var count = Math.Min(options.MaxBatchOperations, operations.Count - start);
            await ExecuteChunkAsync(site, operations, Enumerable.Range(start, count).ToArray(), results, deadline, cancellationToken)
                .ConfigureAwait(false);
        }

        return results;
    }

    private async Task ExecuteChunkAsync(
        Uri site, IReadOnlyList<WireRequest> operations, int[] chunk, WireResponse[] results, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var pending = chunk;
        for (var round = 0; ; round++)
        {
            var responses = await SendAsync(site, pending.Select(i => operations[i]).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < pending.Length; j++)
            {
                results[pending[j]] = responses[j];
            }

            var throttled = pending.Where(i => TransientFailures.IsThrottled(results[i].Status)).ToArray();
            if (throttled.Length == 0 || round >= options.MaxRetryAttempts)
            {
                return;
            }

            var now = timeProvider.GetUtcNow();
            if (ThrottleBackoff.For(throttled.Select(i => results[i]), round, options.MaxRetryDelay, deadline - now, now) is not { } delay)
            {
                return;
            }

            ResilienceLog.ResendingThrottled(logger, throttled.Length, pending.Length, round + 1, options.MaxRetryAttempts, delay.TotalMilliseconds);
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            pending = throttled;
        }
    }

    private async Task<IReadOnlyList<WireResponse>> SendAsync(Uri site, WireRequest[] operations, CancellationToken cancellationToken)
    {
        var payload = SharePointBatchWriter.Write(operations, Guid.NewGuid);
        var response = await transport.SendOrThrowAsync(BatchRequests.SharePoint(site, payload, operations.All(o => o.Idempotent)), cancellationToken).ConfigureAwait(false);
        var parts = SharePointBatchReader.Read(response.GetHeader("Content-Type") ?? string.Empty, response.ReadText());
        if (parts.Count != operations.Length)
        {
            throw new SharePointServiceException(new RemoteError(
                response.Status, null, $"The $batch response has {parts.Count} parts for {operations.Length} operations.", response.RequestId));
        }

        // Parts carry no request id of their own; the batch's is the one to quote.
        return response.RequestId is { } requestId
            ? parts.Select(part => part.RequestId is null ? part with { Headers = [.. part.Headers, new("SPRequestGuid", requestId)] } : part).ToArray()
            : parts;
    }

    private static void EnsureOneSite(Uri site, IReadOnlyList<WireRequest> operations)
    {
        var prefix = SharePointRequest.SiteRoot(site) + "/_api/";
        for (var i = 0; i < operations.Count; i++)
        {
            if (!operations[i].Uri.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"Operation {i} targets {operations[i].Uri.GetLeftPart(UriPartial.Path)}, which is not under {prefix}; a SharePoint $batch serves one site.",
                    nameof(operations));
            }
        }
    }
}
