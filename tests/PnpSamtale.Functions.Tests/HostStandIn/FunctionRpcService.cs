using Grpc.Core;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>The gRPC service the worker connects to: hands its one event stream to the stand-in's <see cref="WorkerChannel"/>.</summary>
internal sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    /// <inheritdoc />
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
        channel.RunAsync(requestStream, responseStream, context.CancellationToken);
}
