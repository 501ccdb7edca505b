using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using Azure.Identity;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Errors;

namespace PnpSamtale.Cli.Tests;

/// <summary>
/// The exception → one line mapping the CLI and the Functions app share, for the failures a test process cannot
/// provoke without a real tenant (Entra ID's own refusals, DNS for the tenant's host, TLS).
/// </summary>
public sealed class TenantFailureMessageTests
{
    private static readonly SharePointOptions Settings = new()
    {
        Auth = SharePointAuthMode.Certificate,
        TenantId = "contoso.onmicrosoft.com",
        ClientId = "11111111-2222-3333-4444-555555555555",
        CertificateBase64 = "MIIK",
    };

    [Fact]
    public void From_SignInRefused_KeepsEntrasReasonOnOneLineWithoutTraceIds()
    {
        var refused = new AuthenticationFailedException(
            "ClientCertificateCredential authentication failed: AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.\r\nTrace ID: 0b7e\r\nCorrelation ID: 9f1c\r\nTimestamp: 2026-11-20 06:00:00Z See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/clientcertificatecredential/troubleshoot");

        var failure = TenantFailure.From(refused, Settings)!;

        Assert.Equal(TenantFailureKind.SignInRefused, failure.Kind);
        Assert.Equal("Entra ID refused the sign-in of SharePoint:ClientId '11111111-2222-3333-4444-555555555555' in SharePoint:TenantId 'contoso.onmicrosoft.com': AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.", failure.Message);
    }

    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, "cannot reach SharePoint or Graph: the host name does not resolve (Name or service not known (contoso.sharepoint.com:443))")]
    [InlineData(HttpRequestError.SecureConnectionError, "cannot reach SharePoint or Graph: the TLS handshake failed (Name or service not known (contoso.sharepoint.com:443)); check for a proxy or TLS inspection")]
    [InlineData(HttpRequestError.ConnectionError, "cannot reach SharePoint or Graph: Name or service not known (contoso.sharepoint.com:443); check")]
    public void From_TenantUnreachable_SaysWhyAndNamesTheSetting(HttpRequestError error, string expected)
    {
        var failure = TenantFailure.From(new HttpRequestException(error, "Name or service not known (contoso.sharepoint.com:443)"))!;
        Assert.Equal(TenantFailureKind.Unreachable, failure.Kind);
        Assert.StartsWith(expected, failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("check SharePoint:TenantUrl (SharePoint:GraphBaseUrl) and the network", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_WrappedInAnAggregate_IsFound() =>
        Assert.Equal(TenantFailureKind.Unreachable, TenantFailure.From(new AggregateException(new InvalidOperationException("x"), new HttpRequestException("refused")))!.Kind);

    [Fact]
    public void From_CertificateFromBase64_NamesThatSetting()
    {
        var failure = TenantFailure.From(new CryptographicException("ASN1 corrupted data."), Settings)!;
        Assert.Equal(TenantFailureKind.Certificate, failure.Kind);
        Assert.Equal("cannot load the certificate: SharePoint:CertificateBase64 is not a PFX, or a PEM with its private key (ASN1 corrupted data.)", failure.Message);
    }

    [Fact]
    public void From_TaskCanceled_IsATimeOut_UnlessTheHostAskedToStop()
    {
        var canceled = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.");
        Assert.Equal(TenantFailureKind.TimedOut, TenantFailure.From(canceled)!.Kind);
        Assert.Contains("SharePoint:RequestTimeout", TenantFailure.From(canceled)!.Message, StringComparison.Ordinal);

        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.Null(TenantFailure.From(canceled, stopping: stop.Token));
    }

    [Fact]
    public void From_ManagedIdentityUnavailable_SaysWhereOneExists()
    {
        var failure = TenantFailure.From(
            new CredentialUnavailableException("ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint."),
            new SharePointOptions { Auth = SharePointAuthMode.ManagedIdentity })!;
        Assert.Equal(TenantFailureKind.CredentialUnavailable, failure.Kind);
        Assert.Equal("no credential for SharePoint:Auth 'ManagedIdentity': ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint; a managed identity exists only on an Azure resource that has one (SharePoint:ManagedIdentityClientId names a user-assigned one)", failure.Message);
    }

    [Fact]
    public void From_SomethingElse_IsNotATenantFailure()
    {
        Assert.Null(TenantFailure.From(new InvalidOperationException("a bug")));
        Assert.Null(TenantFailure.From(new SharePointServiceException(new RemoteError(HttpStatusCode.Forbidden, null, "Access denied.", null))));
    }

    [Fact]
    public void From_LongMessage_IsCutToOneShortLine()
    {
        var failure = TenantFailure.From(new TimeoutException(new string('x', 2000) + "\nsecond line"))!;
        Assert.DoesNotContain('\n', failure.Message);
        Assert.True(failure.Message.Length <= 400, failure.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
