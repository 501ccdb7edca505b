namespace PnpSamtale.SharePoint.Errors;

/// <summary>Why a host could not use the tenant at all (as opposed to SharePoint refusing one request).</summary>
public enum TenantFailureKind
{
    /// <summary>SharePoint, Graph or the sign-in service could not be reached: DNS, refused connection, TLS, network.</summary>
    Unreachable = 1,

    /// <summary>No answer within the time allowed (<c>SharePoint:RequestTimeout</c>, or the sign-in service's own).</summary>
    TimedOut,

    /// <summary>Entra ID answered and refused the sign-in: unknown app or tenant, wrong certificate, no consent.</summary>
    SignInRefused,

    /// <summary>The configured kind of credential cannot be used here (no managed identity, no federated token).</summary>
    CredentialUnavailable,

    /// <summary>The certificate cannot be loaded: no such file, unreadable, not a PFX/PEM with its key, wrong password.</summary>
    Certificate,
}
