using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.SharePoint.Tests.Configuration;

public sealed class SharePointOptionsValidatorTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/v1.0")]
    [InlineData("http://localhost:5080", "http://localhost:5080/v1.0")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/v1.0")]
    [InlineData("http://127.45.6.7", "http://127.45.6.7/v1.0")]
    public void Validate_AuthNoneOnLoopback_Succeeds(string tenant, string graph)
    {
        var result = Validate(new SharePointOptions { TenantUrl = new Uri(tenant), GraphBaseUrl = new Uri(graph), Auth = SharePointAuthMode.None });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_AuthNoneOnTenant_RefusedNamingAuthAndTheUrlSetting()
    {
        var result = Validate(new SharePointOptions { TenantUrl = new Uri("https://contoso.sharepoint.com"), Auth = SharePointAuthMode.None });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(
            "SharePoint:Auth 'None' is accepted only for loopback URLs (localhost, 127.0.0.0/8, [::1]); SharePoint:TenantUrl is 'https://contoso.sharepoint.com/'.",
            StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("SharePoint:GraphBaseUrl is 'https://graph.microsoft.com/v1.0'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AuthNoneOnLookalikeHost_Refused()
    {
        var result = Validate(new SharePointOptions
        {
            TenantUrl = new Uri("http://127.0.0.1.example.com"),
            GraphBaseUrl = new Uri("http://localhost/v1.0"),
            Auth = SharePointAuthMode.None,
        });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_CertificateWithoutIds_NamesEachMissingSetting()
    {
        var result = Validate(new SharePointOptions { TenantUrl = new Uri("https://contoso.sharepoint.com"), Auth = SharePointAuthMode.Certificate });

        Assert.Equal(
        [
            "SharePoint:TenantId is required when SharePoint:Auth is 'Certificate'; it is empty.",
            "SharePoint:ClientId is required when SharePoint:Auth is 'Certificate'; it is empty.",
            "SharePoint:Auth 'Certificate' needs exactly one of SharePoint:CertificatePath (a file) and SharePoint:CertificateBase64 (a PFX as base64, e.g. a Key Vault reference); found neither.",
        ], result.Failures);
    }

    [Fact]
    public void Validate_CertificateFromKeyVaultReferenceNotResolved_SaysSo()
    {
        var result = Validate(new SharePointOptions
        {
            TenantUrl = new Uri("https://contoso.sharepoint.com"), Auth = SharePointAuthMode.Certificate, TenantId = "t", ClientId = "c",
            CertificateBase64 = "@Microsoft.KeyVault(VaultName=kv;SecretName=samtale)",
        });

        Assert.Equal(["SharePoint:CertificateBase64 is not base64 (an unresolved Key Vault reference? check the app's identity can read the secret)."], result.Failures);
    }

    [Fact]
    public void Validate_CertificateAsBase64_IsEnough()
    {
        var result = Validate(new SharePointOptions
        {
            TenantUrl = new Uri("https://contoso.sharepoint.com"), Auth = SharePointAuthMode.Certificate, TenantId = "t", ClientId = "c",
            CertificateBase64 = Convert.ToBase64String(new byte[] { 0x30, 0x82, 0x01 }),
        });

        Assert.False(result.Failed, string.Join(" ", result.Failures ?? []));
    }

    [Fact]
    public void Validate_ManagedIdentityOverHttp_RequiresHttps()
    {
        var result = Validate(new SharePointOptions { TenantUrl = new Uri("http://contoso.sharepoint.com"), Auth = SharePointAuthMode.ManagedIdentity });

        Assert.Equal(["SharePoint:TenantUrl must use https when SharePoint:Auth is 'ManagedIdentity'; found 'http://contoso.sharepoint.com/'."], result.Failures);
    }

    [Fact]
    public void Validate_MissingTenantUrl_NamesIt()
    {
        var result = Validate(new SharePointOptions { Auth = SharePointAuthMode.ManagedIdentity });

        Assert.Equal(["SharePoint:TenantUrl must be an absolute http(s) URL such as https://contoso.sharepoint.com; found ''."], result.Failures);
    }

    [Theory]
    [InlineData(0, 20, 6, "SharePoint:MaxBatchOperations must be from 1 to 100; found 0.")]
    [InlineData(101, 20, 6, "SharePoint:MaxBatchOperations must be from 1 to 100; found 101.")]
    [InlineData(100, 21, 6, "SharePoint:GraphBatchSize must be from 1 to 20; found 21.")]
    [InlineData(100, 20, -1, "SharePoint:MaxRetryAttempts must be from 0 to 20; found -1.")]
    public void Validate_LimitOutOfRange_NamesTheSettingAndTheValue(int batch, int graphBatch, int retries, string message)
    {
        var result = Validate(Valid(o => (o.MaxBatchOperations, o.GraphBatchSize, o.MaxRetryAttempts) = (batch, graphBatch, retries)));

        Assert.Equal([message], result.Failures);
    }

    [Fact]
    public void Validate_ZeroTimeout_NamesIt()
    {
        var result = Validate(Valid(o => o.RequestTimeout = TimeSpan.Zero));

        Assert.Equal(["SharePoint:RequestTimeout must be a positive duration such as 00:01:00; found 00:00:00."], result.Failures);
    }

    [Fact]
    public void Defaults_New_AreTheDocumentedOnes()
    {
        var options = new SharePointOptions();

        Assert.Equal(("https://graph.microsoft.com/v1.0", 100, 20, 6), (options.GraphBaseUrl.AbsoluteUri, options.MaxBatchOperations, options.GraphBatchSize, options.MaxRetryAttempts));
        Assert.Equal((TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(60), SharePointAuthMode.None), (options.RequestTimeout, options.MaxRetryDelay, options.Auth));
    }

    private static SharePointOptions Valid(Action<SharePointOptions> change)
    {
        var options = new SharePointOptions { TenantUrl = new Uri("https://contoso.sharepoint.com"), Auth = SharePointAuthMode.ManagedIdentity };
        change(options);
        return options;
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(SharePointOptions options) =>
        new SharePointOptionsValidator().Validate(null, options);
}
