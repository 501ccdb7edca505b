using System.Collections.Concurrent;
using Grpc.Core;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;
using MessageKind = PnpSamtale.Functions.Tests.HostStandIn.Rpc.StreamingMessage.ContentOneofCase;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>
/// The host's side of one worker's event stream: sends requests (one writer at a time, as gRPC requires), and routes
/// what the worker sends to whoever waits for it — start-up answers by kind, load answers by function id, invocation
/// answers by invocation id — and keeps every log line, the invocation's under its id.
/// </summary>
internal sealed class WorkerChannel : IDisposable
{
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly TaskCompletionSource<IServerStreamWriter<StreamingMessage>> connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<MessageKind, TaskCompletionSource<StreamingMessage>> startup = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<FunctionLoadResponse>> loads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InvocationResponse>> invocations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RpcLog>> invocationLogs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RpcLog> otherLogs = new();

    /// <summary>Completes when the worker has opened the stream with <c>StartStream</c>.</summary>
    public Task Connected => connected.Task;

    /// <summary>The worker id the stream was opened with.</summary>
    public string? WorkerId { get; private set; }

    /// <summary>Log lines that belong to no invocation (start-up, the worker's own).</summary>
    public IReadOnlyList<RpcLog> OtherLogs => [.. otherLogs];

    /// <summary>Runs the stream until the worker closes it or the host shuts down (the gRPC service's call).</summary>
    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        try
        {
            while (await requests.MoveNext(cancellationToken).ConfigureAwait(false))
            {
                Dispatch(requests.Current, responses);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is shutting down.
        }
        catch (IOException)
        {
            // The worker went away.
        }
        finally
        {
            Close(new IOException("The worker closed its event stream."));
        }
    }

    /// <summary>Sends a message to the worker.</summary>
    public async Task SendAsync(StreamingMessage message, CancellationToken cancellationToken)
    {
        var stream = await connected.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await stream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>Waits for the next start-up answer of a kind (init, metadata).</summary>
    public Task<StreamingMessage> NextAsync(MessageKind kind, CancellationToken cancellationToken) =>
        startup.GetOrAdd(kind, _ => new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(cancellationToken);

    /// <summary>Registers interest in a function's load answer; call before sending the request.</summary>
    public Task<FunctionLoadResponse> ExpectLoad(string functionId) =>
        loads.GetOrAdd(functionId, _ => new TaskCompletionSource<FunctionLoadResponse>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Registers interest in an invocation's answer; call before sending the request.</summary>
    public Task<InvocationResponse> ExpectInvocation(string invocationId)
    {
        invocationLogs.TryAdd(invocationId, new ConcurrentQueue<RpcLog>());
        return invocations.GetOrAdd(invocationId, _ => new TaskCompletionSource<InvocationResponse>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary>The log lines of an invocation so far (and forgets them).</summary>
    public IReadOnlyList<RpcLog> TakeLogs(string invocationId) =>
        invocationLogs.TryRemove(invocationId, out var logs) ? [.. logs] : [];

    /// <inheritdoc />
    public void Dispose() => writing.Dispose();

    private void Dispatch(StreamingMessage message, IServerStreamWriter<StreamingMessage> responses)
    {
        switch (message.ContentCase)
        {
            case MessageKind.StartStream:
                WorkerId = message.StartStream.WorkerId;
                connected.TrySetResult(responses);
                break;
            case MessageKind.RpcLog:
                var log = message.RpcLog;
                if (log.InvocationId.Length > 0 && invocationLogs.TryGetValue(log.InvocationId, out var lines))
                {
                    lines.Enqueue(log);
                }
                else
                {
                    otherLogs.Enqueue(log);
                }

                break;
            case MessageKind.FunctionLoadResponse:
                loads.GetOrAdd(message.FunctionLoadResponse.FunctionId, _ => new TaskCompletionSource<FunctionLoadResponse>(TaskCreationOptions.RunContinuationsAsynchronously))
                    .TrySetResult(message.FunctionLoadResponse);
                break;
            case MessageKind.InvocationResponse:
                if (invocations.TryRemove(message.InvocationResponse.InvocationId, out var pending))
                {
                    pending.TrySetResult(message.InvocationResponse);
                }

                break;
            case MessageKind.WorkerInitResponse or MessageKind.FunctionMetadataResponse:
                startup.GetOrAdd(message.ContentCase, _ => new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
                break;
            default:
                // Other messages (worker status, warm-up) are not part of what the stand-in does.
                break;
        }
    }

    private void Close(Exception reason)
    {
        connected.TrySetException(reason);
        foreach (var waiting in startup.Values)
        {
            waiting.TrySetException(reason);
        }

        foreach (var waiting in loads.Values)
        {
            waiting.TrySetException(reason);
        }

        foreach (var waiting in invocations.Values)
        {
            waiting.TrySetException(reason);
        }
    }
}
