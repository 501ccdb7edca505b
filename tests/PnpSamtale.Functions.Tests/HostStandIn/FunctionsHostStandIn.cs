using System.Diagnostics;
using System.Net;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PnpSamtale.Functions.Tests.HostStandIn.Rpc;
using MessageKind = PnpSamtale.Functions.Tests.HostStandIn.Rpc.StreamingMessage.ContentOneofCase;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>
/// A stand-in for the Azure Functions host, for tests: serves the worker's gRPC event stream on loopback, starts the
/// published worker as the host does (<see cref="WorkerLaunch"/>), initialises it, asks it for its functions (worker
/// indexing), loads them, and invokes them — timers, queue messages and HTTP requests (<see cref="SendAsync"/>), which
/// it forwards to the worker's ASP.NET Core endpoint with the invocation id. It does not schedule timers or poll
/// queues by itself: a test says when (the tests' <c>QueueListener</c> delivers queue messages).
/// </summary>
internal sealed partial class FunctionsHostStandIn : IAsyncDisposable
{
    /// <summary>The host version the stand-in announces.</summary>
    public const string HostVersion = "4.1045.100.0";

    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan InvocationLimit = TimeSpan.FromMinutes(5);

    private readonly WebApplication server;
    private readonly WorkerChannel channel;
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Stopwatch sinceStart;
    private Dictionary<string, FunctionSpec> functions = new(StringComparer.OrdinalIgnoreCase);
    private HttpRoutes? routes;
    private Uri? httpUri;

    private FunctionsHostStandIn(string appRoot, WebApplication server, WorkerChannel channel, Process process, Stopwatch sinceStart)
    {
        AppRoot = appRoot;
        this.server = server;
        this.channel = channel;
        this.process = process;
        this.sinceStart = sinceStart;
    }

    /// <summary>The app folder (the host's script root).</summary>
    public string AppRoot { get; }

    /// <summary>The functions the worker indexed, by name.</summary>
    public IReadOnlyDictionary<string, FunctionSpec> Functions => functions;

    /// <summary>The capabilities the worker announced.</summary>
    public IReadOnlyDictionary<string, string> Capabilities { get; private set; } = new Dictionary<string, string>();

    /// <summary>The key HTTP functions with <c>authLevel: function</c> require (<c>x-functions-key</c> or <c>?code=</c>).</summary>
    public string FunctionKey { get; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray());

    /// <summary>From the worker's process start until its functions were loaded.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Time since the worker's process start.</summary>
    public TimeSpan SinceStart => sinceStart.Elapsed;

    /// <summary>What the worker wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the worker of the published app in <paramref name="appRoot"/> with <paramref name="settings"/> as app
    /// settings, and loads its functions; throws with the worker's output if it exits or fails on the way.
    /// </summary>
    public static async Task<FunctionsHostStandIn> StartAsync(string appRoot, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default)
    {
        var channel = new WorkerChannel();
        var server = await ServeAsync(channel).ConfigureAwait(false);
        var endpoint = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        var workerId = Guid.NewGuid().ToString();
        var start = WorkerLaunch.Describe(appRoot, endpoint, workerId, Guid.NewGuid().ToString(), settings);
        var clock = Stopwatch.StartNew();
        var process = new Process { StartInfo = start };
        var host = new FunctionsHostStandIn(appRoot, server, channel, process, clock);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await host.InitialiseAsync(workerId, cancellationToken).ConfigureAwait(false);
            host.StartupTime = clock.Elapsed;
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Fires a timer function, with the schedule status the host tracks (or <c>null</c> when it does not).</summary>
    public Task<InvocationResult> InvokeTimerAsync(string function, TimerStatus? status, bool isPastDue = false, CancellationToken cancellationToken = default)
    {
        var (value, metadata) = HostInputs.Timer(status, isPastDue);
        return InvokeAsync(Function(function), value, metadata, Guid.NewGuid().ToString(), cancellationToken);
    }

    /// <summary>Delivers a queue message to a queue-triggered function.</summary>
    public Task<InvocationResult> InvokeQueueAsync(string function, QueueDelivery message, CancellationToken cancellationToken = default)
    {
        var (value, metadata) = HostInputs.Queue(message);
        return InvokeAsync(Function(function), value, metadata, Guid.NewGuid().ToString(), cancellationToken);
    }

    /// <summary>Peak resident memory of the worker so far (VmHWM), in MiB; 0 where /proc is not available.</summary>
    public double PeakMemoryMiB()
    {
        var status = $"/proc/{process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Stops the worker as the host does (<c>WorkerTerminate</c>, then a grace period), and the gRPC server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited && channel.Connected.IsCompletedSuccessfully)
        {
            try
            {
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await channel.SendAsync(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(TimeSpan.FromSeconds(5)) } }, grace.Token).ConfigureAwait(false);
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
                // Not gone within the grace period: the host kills it.
            }
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        process.Dispose();
        await server.StopAsync().ConfigureAwait(false);
        await server.DisposeAsync().ConfigureAwait(false);
        channel.Dispose();
    }

    private FunctionSpec Function(string name) =>
        functions.TryGetValue(name, out var function) ? function : throw new KeyNotFoundException($"The worker has no function '{name}'; it has {string.Join(", ", functions.Keys)}.");

    private async Task<InvocationResult> InvokeAsync(FunctionSpec function, TypedData trigger, IReadOnlyDictionary<string, TypedData> metadata, string invocationId, CancellationToken cancellationToken)
    {
        var answer = channel.ExpectInvocation(invocationId);
        var request = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = function.Id,
            TraceContext = new RpcTraceContext { TraceParent = $"00-{Guid.NewGuid():N}-{Guid.NewGuid().ToString("N")[..16]}-01" },
        };
        request.InputData.Add(new ParameterBinding { Name = function.Trigger.Name, Data = trigger });
        foreach (var (name, value) in metadata)
        {
            request.TriggerMetadata.Add(name, value);
        }

        await channel.SendAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), InvocationRequest = request }, cancellationToken).ConfigureAwait(false);
        var response = await answer.WaitAsync(InvocationLimit, cancellationToken).ConfigureAwait(false);
        var succeeded = response.Result?.Status == StatusResult.Types.Status.Success;
        var error = succeeded ? null : $"{response.Result?.Exception?.Type}: {response.Result?.Exception?.Message}";
        var outputs = response.OutputData.Where(o => o.Data is not null).ToDictionary(o => o.Name, o => o.Data, StringComparer.Ordinal);
        if (response.ReturnValue is { DataCase: not TypedData.DataOneofCase.None } returned)
        {
            outputs["$return"] = returned;
        }

        return new InvocationResult(invocationId, function, succeeded, error, channel.TakeLogs(invocationId), outputs);
    }

    private async Task InitialiseAsync(string workerId, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartupLimit);
        var exited = process.WaitForExitAsync(limit.Token);
        if (await Task.WhenAny(channel.Connected, exited).ConfigureAwait(false) != channel.Connected || !channel.Connected.IsCompletedSuccessfully)
        {
            await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)).ConfigureAwait(false);
            throw new InvalidOperationException(process.HasExited
                ? $"The worker exited with {process.ExitCode} before it connected:\n{Output}"
                : $"The worker did not connect within {StartupLimit.TotalSeconds} s:\n{Output}");
        }

        if (channel.WorkerId != workerId)
        {
            throw new InvalidOperationException($"The worker opened its stream as '{channel.WorkerId}', not as the worker id it was given ('{workerId}').");
        }

        var init = new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = AppRoot, FunctionAppDirectory = AppRoot };
        init.Capabilities.Add("MultiStream", "10");
        var initialised = channel.NextAsync(MessageKind.WorkerInitResponse, limit.Token);
        await channel.SendAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), WorkerInitRequest = init }, limit.Token).ConfigureAwait(false);
        var response = (await initialised.ConfigureAwait(false)).WorkerInitResponse;
        Require(response.Result, "initialise");
        Capabilities = new Dictionary<string, string>(response.Capabilities, StringComparer.Ordinal);
        httpUri = Capabilities.TryGetValue("HttpUri", out var uri) ? new Uri(uri) : null;

        var indexed = channel.NextAsync(MessageKind.FunctionMetadataResponse, limit.Token);
        await channel.SendAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = AppRoot } }, limit.Token).ConfigureAwait(false);
        var metadata = (await indexed.ConfigureAwait(false)).FunctionMetadataResponse;
        Require(metadata.Result, "index its functions");
        functions = metadata.FunctionMetadataResults.Select(FunctionSpec.From).ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        routes = new HttpRoutes(functions.Values, AppRoot);

        var loaded = functions.Values.Select(f => (Function: f, Answer: channel.ExpectLoad(f.Id))).ToList();
        foreach (var (function, _) in loaded)
        {
            await channel.SendAsync(new StreamingMessage { RequestId = Guid.NewGuid().ToString(), FunctionLoadRequest = function.ToLoadRequest() }, limit.Token).ConfigureAwait(false);
        }

        foreach (var (function, answer) in loaded)
        {
            Require((await answer.WaitAsync(limit.Token).ConfigureAwait(false)).Result, "load " + function.Name);
        }
    }

    private void Require(StatusResult? result, string what)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            var said = string.Join("\n", channel.OtherLogs.Select(l => $"{l.Level} {l.Category}: {l.Message}"));
            throw new InvalidOperationException($"The worker failed to {what}: {result?.Exception?.Message ?? result?.Result}\n{said}\n{Output}");
        }
    }

    private static async Task<WebApplication> ServeAsync(WorkerChannel channel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = null;
            grpc.MaxSendMessageSize = null;
        });
        builder.Services.AddSingleton(channel);
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcService>();
        await app.StartAsync().ConfigureAwait(false);
        return app;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
