namespace PnpSamtale.SharePoint.Configuration;

/// <summary>How the client gets its tokens.</summary>
public enum SharePointAuthMode
{
    /// <summary>No <c>Authorization</c> header: accepted only when every URL is loopback (the local tenant).</summary>
    None = 0,

    /// <summary>
    /// An Entra app with a certificate (<c>ClientCertificateCredential</c>). SharePoint REST refuses app-only tokens
    /// obtained with a client secret, so this is the mode for running outside Azure.
    /// </summary>
    Certificate = 1,

    /// <summary>The managed identity of the Azure resource the code runs on (<c>ManagedIdentityCredential</c>).</summary>
    ManagedIdentity = 2,

    /// <summary>Workload identity federation, e.g. from a Kubernetes service account (<c>WorkloadIdentityCredential</c>).</summary>
    WorkloadIdentity = 3,
}
