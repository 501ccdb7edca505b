using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PnpSamtale.Functions.Tests.HostStandIn;

/// <summary>
/// How the Functions host starts a language worker, for a published .NET isolated app: the executable and worker path
/// from <c>worker.config.json</c> (<c>{WorkerRoot}</c> is the app folder, <c>dotnet</c> is looked up on PATH), the
/// worker path in quotes, then the host's arguments in both spellings (<c>--host --port --workerId --requestId
/// --grpcMaxMessageLength</c> and the <c>--functions-uri --functions-worker-id --functions-request-id
/// --functions-grpc-max-message-length</c> that worker 2.x reads), the app root as working directory, and the host's
/// environment — the app settings — plus <c>FUNCTIONS_WORKER_DIRECTORY</c> and <c>FUNCTIONS_APPLICATION_DIRECTORY</c>.
/// </summary>
internal static class WorkerLaunch
{
    /// <summary>The host's default gRPC message limit (<c>int.MaxValue</c>).</summary>
    public const int MaxMessageLength = int.MaxValue;

    /// <summary>The start info for the worker of the app in <paramref name="appRoot"/>.</summary>
    public static ProcessStartInfo Describe(string appRoot, Uri hostEndpoint, string workerId, string requestId, IReadOnlyDictionary<string, string> settings)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(appRoot, "worker.config.json")));
        var description = config.RootElement.GetProperty("description");
        var executable = description.GetProperty("defaultExecutablePath").GetString()!.Replace("{WorkerRoot}", appRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var workerPath = description.TryGetProperty("defaultWorkerPath", out var path) && path.GetString() is { Length: > 0 } relative
            ? Path.Combine(appRoot, relative)
            : null;
        var arguments = (workerPath is null ? string.Empty : $" \"{workerPath}\"")
            + string.Create(CultureInfo.InvariantCulture,
                $" --host {hostEndpoint.Host} --port {hostEndpoint.Port} --workerId {workerId} --requestId {requestId} --grpcMaxMessageLength {MaxMessageLength}"
                + $" --functions-uri {hostEndpoint.AbsoluteUri} --functions-worker-id {workerId} --functions-request-id {requestId} --functions-grpc-max-message-length {MaxMessageLength}");
        var start = new ProcessStartInfo(executable, arguments)
        {
            WorkingDirectory = appRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = appRoot;
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appRoot;
        return start;
    }
}
