using System.Text.RegularExpressions;

namespace PnpSamtale.Cli.Tests;

public sealed class LocalServeTests
{
    [Fact]
    public async Task LocalServe_StartsServesTheHtmlViewAndStopsOnRequest()
    {
        var data = Path.Combine(Path.GetTempPath(), $"samtale-serve-{Guid.NewGuid():N}");
        using var stop = new CancellationTokenSource();
        var text = new StringWriter();
        var output = TextWriter.Synchronized(text);
        var context = new CliContext(output, TextWriter.Synchronized(new StringWriter()), TimeProvider.System, stop.Token);
        var run = Task.Run(() => SamtaleCli.Run(["local", "serve", "--port", "0", "--data", data], context));
        try
        {
            var url = await WaitForUrlAsync(() => Read(output, text), run);
            using var http = new HttpClient();
            var html = await http.GetStringAsync(url);
            Assert.Contains("<h1>Local tenant</h1>", html, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(data, "local-tenant.db"), Read(output, text), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(data, "local-tenant.db")));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Ok, await run.WaitAsync(TimeSpan.FromSeconds(30)));
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void LocalServe_PortInUse_ExitsTwoSayingSo()
    {
        var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var data = Path.Combine(Path.GetTempPath(), $"samtale-busy-{Guid.NewGuid():N}");
        try
        {
            var port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;
            var (exit, _, error) = Cli.Run("local", "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data);
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains($"--port: cannot listen on 127.0.0.1:{port}", error, StringComparison.Ordinal);
        }
        finally
        {
            busy.Stop();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public void LocalServe_BadPort_ExitsTwo() =>
        Assert.Equal(ExitCodes.Usage, Cli.Run("local", "serve", "--port", "70000").Exit);

    /// <summary>Reads what was written so far; the synchronized writer locks on itself while writing.</summary>
    private static string Read(TextWriter synchronized, StringWriter inner)
    {
        lock (synchronized)
        {
            return inner.ToString();
        }
    }

    private static async Task<Uri> WaitForUrlAsync(Func<string> output, Task<int> run)
    {
        for (var i = 0; i < 300 && !run.IsCompleted; i++)
        {
            var match = Regex.Match(output(), @"listening on (http://127\.0\.0\.1:\d+/)");
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value);
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The local tenant did not start: {output()}");
    }
}
