using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace PnpSamtale.Functions.Tests;

/// <summary>
/// The handler as the Functions host runs it: started with <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> (and the host's other
/// variables), polled with <c>GET /</c> every 25 ms until it answers, then invoked with <c>POST /&lt;FunctionName&gt;</c>
/// and the host's headers.
/// </summary>
internal sealed class HandlerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly HttpClient http;

    private HandlerProcess(Process process, int port)
    {
        this.process = process;
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
    }

    /// <summary>From process start to the first answer on <c>GET /</c>.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>What the handler wrote to stdout and stderr so far.</summary>
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the handler; throws with its output if it exits or does not answer within 30 s (the host's limit).</summary>
    public static async Task<HandlerProcess> StartAsync(string executable, string appRoot, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FUNCTIONS_HTTPWORKER_PORT"] = start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"];
        start.Environment["FUNCTIONS_CUSTOMHANDLER_WORKER_ID"] = Guid.NewGuid().ToString();
        start.Environment["FUNCTIONS_APP_ROOT_PATH"] = appRoot;
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        var handler = new HandlerProcess(process, port);
        process.OutputDataReceived += (_, e) => handler.Append(e.Data);
        process.ErrorDataReceived += (_, e) => handler.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException($"The handler exited with {process.ExitCode} before answering:\n{handler.Output}");
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                handler.StartupTime = clock.Elapsed;
                return handler;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(25);
            }
        }

        await handler.DisposeAsync();
        throw new TimeoutException($"The handler did not answer GET / within 30 s:\n{handler.Output}");
    }

    /// <summary>Posts an invocation as the host does; returns the status and the parsed body.</summary>
    public async Task<Reply> InvokeAsync(string function, string payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, function)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1044.400.0");
        request.Headers.TryAddWithoutValidation("User-Agent", "Azure-Functions-Host/4.1044.400.0");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{function}: the reply is not application/json but {response.Content.Headers.ContentType}: {text}");
        using var document = JsonDocument.Parse(text);
        return new Reply(response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Peak resident memory so far (VmHWM), in MiB; 0 where /proc is not available.</summary>
    public double PeakMemoryMiB()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
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

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}

/// <summary>The handler's answer to one invocation.</summary>
internal sealed record Reply(HttpStatusCode Status, JsonElement Body)
{
    public IReadOnlyList<string> Logs => [.. Body.GetProperty(nameof(Logs)).EnumerateArray().Select(l => l.GetString()!)];

    public JsonElement Outputs => Body.GetProperty(nameof(Outputs));

    /// <summary>The HTTP output binding <c>res</c>: status code, parsed JSON body and headers.</summary>
    public (int Status, JsonElement Body, JsonElement Headers) Http
    {
        get
        {
            var res = Outputs.GetProperty("res");
            var body = res.GetProperty("body").GetString()!;
            using var document = JsonDocument.Parse(body.Length == 0 ? "null" : body);
            return (int.Parse(res.GetProperty("statusCode").GetString()!, System.Globalization.CultureInfo.InvariantCulture), document.RootElement.Clone(), res.GetProperty("headers"));
        }
    }

    public string LogText => string.Join("\n", Logs);
}
