using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>The Azure.Identity credential for <see cref="SharePointOptions.Auth"/>.</summary>
public static class SharePointCredentials
{
    /// <summary>
    /// A <see cref="ClientCertificateCredential"/>, <see cref="ManagedIdentityCredential"/> or
    /// <see cref="WorkloadIdentityCredential"/>; <c>null</c> for <see cref="SharePointAuthMode.None"/>.
    /// </summary>
    public static TokenCredential? Create(SharePointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Auth switch
        {
            SharePointAuthMode.None => null,
            SharePointAuthMode.Certificate => Certificate(options),
            SharePointAuthMode.ManagedIdentity => ManagedIdentity(options),
            SharePointAuthMode.WorkloadIdentity => WorkloadIdentity(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Auth, "SharePoint:Auth has an unknown value."),
        };
    }

    private static ClientCertificateCredential Certificate(SharePointOptions options)
    {
        var tenantId = options.TenantId ?? throw Missing("TenantId");
        var clientId = options.ClientId ?? throw Missing("ClientId");
        if (!string.IsNullOrWhiteSpace(options.CertificateBase64))
        {
            var pfx = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(options.CertificateBase64.Trim()), options.CertificatePassword);
            return new ClientCertificateCredential(tenantId, clientId, pfx);
        }

        var path = options.CertificatePath ?? throw Missing("CertificatePath");
        if (string.IsNullOrEmpty(options.CertificatePassword))
        {
            // The path overload reads both PFX and PEM (certificate plus key).
            return new ClientCertificateCredential(tenantId, clientId, path);
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        return new ClientCertificateCredential(tenantId, clientId, certificate);
    }

    private static ManagedIdentityCredential ManagedIdentity(SharePointOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));

    private static WorkloadIdentityCredential WorkloadIdentity(SharePointOptions options)
    {
        // Unset values fall back to AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_FEDERATED_TOKEN_FILE.
        var credentialOptions = new WorkloadIdentityCredentialOptions();
        if (!string.IsNullOrWhiteSpace(options.TenantId))
        {
            credentialOptions.TenantId = options.TenantId;
        }

        if (!string.IsNullOrWhiteSpace(options.ClientId))
        {
            credentialOptions.ClientId = options.ClientId;
        }

        return new WorkloadIdentityCredential(credentialOptions);
    }

    private static InvalidOperationException Missing(string setting) =>
        new($"SharePoint:{setting} is required when SharePoint:Auth is 'Certificate'.");
}
