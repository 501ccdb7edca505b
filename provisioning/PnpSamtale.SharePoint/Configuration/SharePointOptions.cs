namespace PnpSamtale.SharePoint.Configuration;

/// <summary>
/// Settings of the wire client, bound from the <c>SharePoint</c> section and validated at start-up by
/// <see cref="SharePointOptionsValidator"/>.
/// </summary>
public sealed class SharePointOptions
{
    /// <summary>The configuration section: <c>SharePoint</c>.</summary>
    public const string SectionName = "SharePoint";

    /// <summary>The largest SharePoint <c>$batch</c> the service accepts.</summary>
    public const int MaxSharePointBatch = 100;

    /// <summary>The largest Graph <c>$batch</c> the service accepts.</summary>
    public const int MaxGraphBatch = 20;

    /// <summary>
    /// The tenant's SharePoint root, e.g. <c>https://contoso.sharepoint.com</c> (locally <c>http://127.0.0.1:5080</c>).
    /// Sites are created through its <c>/_api/SPSiteManager</c>. Required; no default.
    /// </summary>
    public Uri? TenantUrl { get; set; }

    /// <summary>The Graph root. Default <c>https://graph.microsoft.com/v1.0</c> (locally <c>http://127.0.0.1:5080/v1.0</c>).</summary>
    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>
    /// How tokens are obtained. Default <see cref="SharePointAuthMode.None"/>, which is accepted only for loopback URLs,
    /// so a configuration pointing at a real tenant must choose a mode.
    /// </summary>
    public SharePointAuthMode Auth { get; set; } = SharePointAuthMode.None;

    /// <summary>The Entra tenant id (a GUID or domain). Required for <see cref="SharePointAuthMode.Certificate"/>. No default.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id. Required for <see cref="SharePointAuthMode.Certificate"/>. No default.</summary>
    public string? ClientId { get; set; }

    /// <summary>Path of the certificate (PFX, or PEM with the key). Required for <see cref="SharePointAuthMode.Certificate"/>. No default.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>
    /// The certificate as a base64 PFX, instead of <see cref="CertificatePath"/>: what a Key Vault certificate's secret
    /// holds, so the app setting can be a Key Vault reference (<c>@Microsoft.KeyVault(VaultName=…;SecretName=…)</c>)
    /// and no certificate lies in a file. No default.
    /// </summary>
    public string? CertificateBase64 { get; set; }

    /// <summary>The PFX password, when the file has one. No default.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one. No default.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Operations per SharePoint <c>$batch</c> request. Default 100; 1 to 100.</summary>
    public int MaxBatchOperations { get; set; } = MaxSharePointBatch;

    /// <summary>Requests per Graph <c>$batch</c> request. Default 20; 1 to 20.</summary>
    public int GraphBatchSize { get; set; } = MaxGraphBatch;

    /// <summary>
    /// Retries after the first attempt of a throttled or transiently failed request, and re-sends of the throttled
    /// operations of a batch. Default 6; 0 to 20.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>How long one attempt may take until the response headers arrive. Default 100 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The longest wait between two attempts that the client computes itself (exponential backoff with jitter, when the
    /// service sent no <c>Retry-After</c>). A <c>Retry-After</c> is honoured in full, as Microsoft asks, within
    /// <see cref="RetryBudget"/>. Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a request may wait on throttling in total when no job stated a budget of its own
    /// (<see cref="Handlers.RetryBudget"/>): a <c>Retry-After</c> that would overrun it is not waited for, and the
    /// throttled answer is the result. Default 10 minutes.
    /// </summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromMinutes(10);
}
