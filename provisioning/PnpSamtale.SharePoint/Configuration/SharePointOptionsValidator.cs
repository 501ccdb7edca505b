using Microsoft.Extensions.Options;

namespace PnpSamtale.SharePoint.Configuration;

/// <summary>
/// Checks <see cref="SharePointOptions"/> at start-up. Every message names the setting (<c>SharePoint:TenantUrl</c>),
/// says what is expected and what was found.
/// </summary>
public sealed class SharePointOptionsValidator : IValidateOptions<SharePointOptions>
{
    private const string Prefix = SharePointOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SharePointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateUrls(options, failures);
        ValidateAuth(options, failures);
        ValidateLimits(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateUrls(SharePointOptions options, List<string> failures)
    {
        CheckUrl(options.TenantUrl, "TenantUrl", "https://contoso.sharepoint.com", failures);
        CheckUrl(options.GraphBaseUrl, "GraphBaseUrl", "https://graph.microsoft.com/v1.0", failures);
    }

    private static void CheckUrl(Uri? url, string setting, string example, List<string> failures)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}{setting} must be an absolute http(s) URL such as {example}; found '{url}'.");
        }
    }

    private static void ValidateAuth(SharePointOptions options, List<string> failures)
    {
        switch (options.Auth)
        {
            case SharePointAuthMode.None:
                RequireLoopback(options.TenantUrl, "TenantUrl", failures);
                RequireLoopback(options.GraphBaseUrl, "GraphBaseUrl", failures);
                return;
            case SharePointAuthMode.Certificate:
                Require(options.TenantId, "TenantId", failures);
                Require(options.ClientId, "ClientId", failures);
                if (string.IsNullOrWhiteSpace(options.CertificatePath) == string.IsNullOrWhiteSpace(options.CertificateBase64))
                {
                    failures.Add($"{Prefix}Auth 'Certificate' needs exactly one of {Prefix}CertificatePath (a file) and {Prefix}CertificateBase64 (a PFX as base64, e.g. a Key Vault reference); found {(string.IsNullOrWhiteSpace(options.CertificatePath) ? "neither" : "both")}.");
                }
                else if (!string.IsNullOrWhiteSpace(options.CertificateBase64) && !IsBase64(options.CertificateBase64))
                {
                    failures.Add($"{Prefix}CertificateBase64 is not base64 (an unresolved Key Vault reference? check the app's identity can read the secret).");
                }

                break;
            case SharePointAuthMode.ManagedIdentity or SharePointAuthMode.WorkloadIdentity:
                break;
            default:
                failures.Add($"{Prefix}Auth must be None, Certificate, ManagedIdentity or WorkloadIdentity; found '{options.Auth}'.");
                return;
        }

        // A bearer token must never travel in clear text.
        RequireHttps(options.TenantUrl, "TenantUrl", options.Auth, failures);
        RequireHttps(options.GraphBaseUrl, "GraphBaseUrl", options.Auth, failures);
    }

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out _);
    }

    private static void RequireLoopback(Uri? url, string setting, List<string> failures)
    {
        if (url is { IsAbsoluteUri: true } && !Loopback.IsLoopback(url))
        {
            failures.Add(
                $"{Prefix}Auth 'None' is accepted only for loopback URLs (localhost, 127.0.0.0/8, [::1]); " +
                $"{Prefix}{setting} is '{url}'. Choose Certificate, ManagedIdentity or WorkloadIdentity for a real tenant.");
        }
    }

    private static void RequireHttps(Uri? url, string setting, SharePointAuthMode auth, List<string> failures)
    {
        if (url is { IsAbsoluteUri: true } && url.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Prefix}{setting} must use https when {Prefix}Auth is '{auth}'; found '{url}'.");
        }
    }

    private static void Require(string? value, string setting, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Prefix}{setting} is required when {Prefix}Auth is 'Certificate'; it is empty.");
        }
    }

    private static void ValidateLimits(SharePointOptions options, List<string> failures)
    {
        CheckRange(options.MaxBatchOperations, 1, SharePointOptions.MaxSharePointBatch, "MaxBatchOperations", failures);
        CheckRange(options.GraphBatchSize, 1, SharePointOptions.MaxGraphBatch, "GraphBatchSize", failures);
        CheckRange(options.MaxRetryAttempts, 0, 20, "MaxRetryAttempts", failures);
        CheckPositive(options.RequestTimeout, "RequestTimeout", failures);
        CheckPositive(options.MaxRetryDelay, "MaxRetryDelay", failures);
        CheckPositive(options.RetryBudget, "RetryBudget", failures);
    }

    private static void CheckRange(int value, int min, int max, string setting, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"{Prefix}{setting} must be from {min} to {max}; found {value}.");
        }
    }

    private static void CheckPositive(TimeSpan value, string setting, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}{setting} must be a positive duration such as 00:01:00; found {value}.");
        }
    }
}
