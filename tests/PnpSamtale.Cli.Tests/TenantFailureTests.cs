using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PnpSamtale.Cli.Tests;

/// <summary>
/// A tenant that cannot be reached or signed in to, or a certificate that cannot be loaded: one line on standard error
/// naming the setting or the cause, exit code 3, no stack trace — in a real process, where an unhandled exception
/// would show as exit 134 and a trace.
/// </summary>
public sealed class TenantFailureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("samtale-tenant-").FullName;

    [Fact]
    public void Certificate_WrongPassword_NamesThePasswordSetting()
    {
        var pfx = Pfx(folder, "riktig");
        var result = Status(Certificate(pfx, "feil"));
        AssertOneLine(result, $"samtale: cannot load the certificate: SharePoint:CertificatePassword does not open SharePoint:CertificatePath '{pfx}' (wrong password)");
    }

    [Fact]
    public void Certificate_PasswordProtectedButNoPasswordGiven_SaysToSetIt()
    {
        var pfx = Pfx(folder, "riktig");
        var result = Status(Certificate(pfx, password: null));
        AssertOneLine(result, $"samtale: cannot load the certificate: SharePoint:CertificatePath '{pfx}' has a password; set SharePoint:CertificatePassword");
    }

    [Theory]
    [InlineData("passord")]
    [InlineData(null)]
    public void Certificate_NotAPfx_SaysSo(string? password)
    {
        var path = Path.Combine(folder, "ikke-et-sertifikat.pfx");
        File.WriteAllText(path, "dette er ikke et sertifikat");
        var result = Status(Certificate(path, password));
        AssertOneLine(result, $"samtale: cannot load the certificate: SharePoint:CertificatePath '{path}' is not a PFX, or a PEM with its private key (");
    }

    [Theory]
    [InlineData("passord")]
    [InlineData(null)]
    public void Certificate_MissingFile_SaysItDoesNotExist(string? password)
    {
        var path = Path.Combine(folder, "finnes-ikke.pfx");
        var result = Status(Certificate(path, password));
        AssertOneLine(result, $"samtale: cannot load the certificate: SharePoint:CertificatePath '{path}' does not exist");
    }

    [Fact]
    public void WorkloadIdentity_NotConfigured_SaysNoCredential()
    {
        var result = Status(new Dictionary<string, string> { ["SharePoint__Auth"] = "WorkloadIdentity" });
        AssertOneLine(result, "samtale: no credential for SharePoint:Auth 'WorkloadIdentity': WorkloadIdentityCredential authentication unavailable.");
        Assert.Contains("AZURE_FEDERATED_TOKEN_FILE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tenant_ConnectionRefused_SaysItCannotBeReached()
    {
        var result = Status(new Dictionary<string, string> { ["SharePoint__MaxRetryAttempts"] = "0" }, tenant: $"https://127.0.0.1:{ClosedPort()}");
        AssertOneLine(result, "samtale: cannot reach SharePoint or Graph: Connection refused (127.0.0.1:");
        Assert.Contains("check SharePoint:TenantUrl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_NoAnswer_SaysItTimedOutAndNamesTheSetting()
    {
        // A listener that accepts the connection and never answers.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accepted = new List<Socket>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                accepted.Add(await silent.AcceptSocketAsync(stop.Token));
            }
        });
        try
        {
            var result = Status(new Dictionary<string, string> { ["SharePoint__MaxRetryAttempts"] = "0", ["SharePoint__RequestTimeout"] = "00:00:01" }, tenant: $"http://127.0.0.1:{port}");
            AssertOneLine(result, "samtale: no answer in time: POST to 127.0.0.1 got no response within SharePoint:RequestTimeout (00:00:01) on any of 1 attempts.");
        }
        finally
        {
            await stop.CancelAsync();
            silent.Stop();
            await Assert.ThrowsAnyAsync<Exception>(() => accepting);
            accepted.ForEach(s => s.Dispose());
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    internal static void AssertOneLine((int Exit, string Out, string Error) result, string start)
    {
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on standard error, got:\n{result.Error}");
        Assert.StartsWith(start, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.TenantUnavailable, result.Exit);
    }

    private (int Exit, string Out, string Error) Status(Dictionary<string, string> settings, string tenant = "https://127.0.0.1:1") =>
        Status(settings, folder, tenant);

    internal static (int Exit, string Out, string Error) Status(Dictionary<string, string> settings, string folder, string tenant = "https://127.0.0.1:1") =>
        SamtaleProcess.Run(settings, folder, "round", "status", "H2026", "--tenant", tenant);

    internal static Dictionary<string, string> Certificate(string path, string? password)
    {
        var settings = new Dictionary<string, string>
        {
            ["SharePoint__Auth"] = "Certificate",
            ["SharePoint__TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["SharePoint__ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["SharePoint__CertificatePath"] = path,
            ["SharePoint__MaxRetryAttempts"] = "0",
        };
        if (password is not null)
        {
            settings["SharePoint__CertificatePassword"] = password;
        }

        return settings;
    }

    /// <summary>A self-signed certificate with its key, as the PFX an app registration would use.</summary>
    internal static string Pfx(string folder, string? password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=samtale-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(folder, $"app-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
