using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Handlers;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Batching;

/// <summary>
/// Runs Graph requests through JSON <c>$batch</c>, <see cref="SharePointOptions.GraphBatchSize"/> per request, and
/// re-sends only the inner requests that were throttled (<c>429</c>/<c>503</c>), plus those that failed with
/// <c>424</c> because a throttled one they depend on failed, after the largest inner <c>Retry-After</c>.
/// </summary>
public sealed class GraphBatchExecutor
{
    private readonly WireTransport transport;
    private readonly SharePointOptions options;
    private readonly TimeProvider timeProvider;
    private readonly RetryBudget budget;
    private readonly ILogger logger;

    /// <summary>Creates the executor.</summary>
    public GraphBatchExecutor(
        WireTransport transport, IOptions<SharePointOptions> options, TimeProvider timeProvider, RetryBudget budget, ILogger<GraphBatchExecutor> logger)
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

    /// <summary>Runs <paramref name="operations"/>; returns one response per operation, in input order.</summary>
    public async Task<IReadOnlyList<WireResponse>> ExecuteAsync(IReadOnlyList<GraphBatchOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var results = new WireResponse[operations.Count];
        var deadline = timeProvider.GetUtcNow() + budget.Remaining(options.RetryBudget);
        for (var start = 0; start < operations.Count; start += options.GraphBatchSize)
        {
            var chunk = operations.Skip(start).Take(options.GraphBatchSize).ToArray();
            EnsureDependenciesWithin(chunk);
            var responses = await ExecuteChunkAsync(chunk, deadline, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                results[start + i] = responses[chunk[i].Id];
            }
        }

        return results;
    }

    private async Task<Dictionary<string, WireResponse>> ExecuteChunkAsync(GraphBatchOperation[] chunk, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, WireResponse>(StringComparer.Ordinal);
        var pending = chunk;
        for (var round = 0; ; round++)
        {
            var pendingIds = pending.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var responses = await SendAsync(pending, pendingIds, cancellationToken).ConfigureAwait(false);
            foreach (var (id, response) in responses)
            {
                results[id] = response;
            }

            var retry = ToResend(pending, results);
            if (retry.Length == 0 || round >= options.MaxRetryAttempts)
            {
                return results;
            }

            var throttled = retry.Select(o => results[o.Id]).Where(r => TransientFailures.IsThrottled(r.Status));
            var now = timeProvider.GetUtcNow();
            if (ThrottleBackoff.For(throttled, round, options.MaxRetryDelay, deadline - now, now) is not { } delay)
            {
                return results;
            }

            ResilienceLog.ResendingThrottled(logger, retry.Length, pending.Length, round + 1, options.MaxRetryAttempts, delay.TotalMilliseconds);
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            pending = retry;
        }
    }

    private async Task<IReadOnlyDictionary<string, WireResponse>> SendAsync(
        GraphBatchOperation[] operations, HashSet<string> ids, CancellationToken cancellationToken)
    {
        var body = GraphBatchWriter.Write(options.GraphBaseUrl, operations, ids.Contains);
        var response = await transport.SendOrThrowAsync(BatchRequests.Graph(options.GraphBaseUrl, body, operations.All(o => o.Request.Idempotent)), cancellationToken).ConfigureAwait(false);
        var binary = operations.Where(o => o.HasBinaryBody).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var byId = GraphBatchReader.Read(response.ReadText(), binary.Contains);
        if (operations.FirstOrDefault(o => !byId.ContainsKey(o.Id)) is { } missing)
        {
            throw new SharePointServiceException(new RemoteError(
                response.Status, null, $"The Graph $batch response has no entry for request '{missing.Id}'.", response.RequestId));
        }

        return byId;
    }

    /// <summary>The throttled operations, and those refused with 424 because one they depend on is being re-sent.</summary>
    private static GraphBatchOperation[] ToResend(GraphBatchOperation[] pending, Dictionary<string, WireResponse> results)
    {
        var resend = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in pending)
        {
            var status = results[operation.Id].Status;
            var blocked = status == HttpStatusCode.FailedDependency && (operation.DependsOn ?? []).Any(resend.Contains);
            if (TransientFailures.IsThrottled(status) || blocked)
            {
                resend.Add(operation.Id);
            }
        }

        return pending.Where(o => resend.Contains(o.Id)).ToArray();
    }

    private static void EnsureDependenciesWithin(GraphBatchOperation[] chunk)
    {
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in chunk)
        {
            foreach (var dependency in operation.DependsOn ?? [])
            {
                if (!earlier.Contains(dependency))
                {
                    throw new ArgumentException(
                        $"Graph batch operation '{operation.Id}' depends on '{dependency}', which is not an earlier operation of the same batch of {chunk.Length}.",
                        nameof(chunk));
                }
            }

            if (!earlier.Add(operation.Id))
            {
                throw new ArgumentException($"Graph batch operation id '{operation.Id}' is used twice.", nameof(chunk));
            }
        }
    }
}
