namespace PnpSamtale.Cli.Tests;

/// <summary>
/// The slow one on its own, so it runs beside the others: Azure.Identity retries the sign-in service (about 20 s)
/// before it gives up.
/// </summary>
public sealed class SignInFailureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("samtale-signin-").FullName;

    [Fact]
    public void SignInService_NameDoesNotResolve_SaysItCannotBeReached()
    {
        var settings = TenantFailureTests.Certificate(TenantFailureTests.Pfx(folder, password: null), password: null);
        settings["AZURE_AUTHORITY_HOST"] = "https://login.samtale.invalid/";
        var result = TenantFailureTests.Status(settings, folder);
        TenantFailureTests.AssertOneLine(result, "samtale: cannot reach the sign-in service (Entra ID): ");
        Assert.Contains("login.samtale.invalid", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
