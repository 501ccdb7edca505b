using System.Net.Http;
using System.Security.Cryptography;
using Azure.Identity;
using Polly.Timeout;
using PnpSamtale.SharePoint.Configuration;

namespace PnpSamtale.SharePoint.Errors;

/// <summary>
/// A failure to reach or sign in to the tenant, or to load its certificate, as one line a person can act on: what
/// happened and which setting to check, without a stack trace. Host-agnostic: the CLI turns it into an exit code, the
/// Functions app into a log line and a status; neither has to know Azure.Identity's or the BCL's exception types.
/// </summary>
/// <param name="Kind">What kind of failure.</param>
/// <param name="Message">One line, in English, naming the setting (<c>SharePoint:CertificatePassword</c>, …) or the cause.</param>
public sealed record TenantFailure(TenantFailureKind Kind, string Message)
{
    private const string Prefix = SharePointOptions.SectionName + ":";

    /// <summary>The longest message; Entra ID's answers run to several kilobytes with trace ids.</summary>
    private const int MaxLength = 400;

    /// <summary>
    /// The failure <paramref name="exception"/> stands for, or <c>null</c> when it is something else (a refusal of one
    /// request, a bug) or a cancellation the host asked for through <paramref name="stopping"/>.
    /// </summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="settings">The client's settings, when known: lets the message name the certificate's path or source.</param>
    /// <param name="stopping">The host's own stop signal: a cancellation caused by it is not a time-out.</param>
    public static TenantFailure? From(Exception exception, SharePointOptions? settings = null, CancellationToken stopping = default)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions.Select(e => From(e, settings, stopping)).FirstOrDefault(f => f is not null),
            CredentialUnavailableException unavailable => Unavailable(unavailable, settings),
            AuthenticationFailedException failed => SignIn(failed, settings, stopping),
            CryptographicException crypto => Certificate(crypto, settings),
            HttpRequestException http => Unreachable(http),
            TimeoutException or TimeoutRejectedException => new(TenantFailureKind.TimedOut, Line($"no answer in time: {exception.Message}")),
            OperationCanceledException when !stopping.IsCancellationRequested =>
                new(TenantFailureKind.TimedOut, Line($"no answer in time ({exception.Message}); {Prefix}RequestTimeout sets how long each attempt may take")),
            _ => null,
        };
    }

    private static TenantFailure Unavailable(CredentialUnavailableException exception, SharePointOptions? settings)
    {
        if (CertificateCause(exception) is { } cause)
        {
            return Certificate(cause, settings);
        }

        var auth = settings is null ? string.Empty : $" '{settings.Auth}'";
        var hint = settings?.Auth switch
        {
            SharePointAuthMode.ManagedIdentity => $"; a managed identity exists only on an Azure resource that has one ({Prefix}ManagedIdentityClientId names a user-assigned one)",
            SharePointAuthMode.WorkloadIdentity => $"; it needs {Prefix}TenantId, {Prefix}ClientId and the federated token file (AZURE_FEDERATED_TOKEN_FILE)",
            _ => string.Empty,
        };
        return new(TenantFailureKind.CredentialUnavailable, Line($"no credential for {Prefix}Auth{auth}: {(hint.Length == 0 ? FirstSentences(exception.Message) : FirstSentences(exception.Message).TrimEnd('.') + hint)}"));
    }

    private static TenantFailure SignIn(AuthenticationFailedException exception, SharePointOptions? settings, CancellationToken stopping)
    {
        if (CertificateCause(exception) is { } cause)
        {
            return Certificate(cause, settings);
        }

        if (Find<HttpRequestException>(exception) is { } http)
        {
            return new(TenantFailureKind.Unreachable, Line($"cannot reach the sign-in service (Entra ID): {http.Message}; check the network and proxy (and AZURE_AUTHORITY_HOST, if set)"));
        }

        if (Find<TaskCanceledException>(exception) is not null && !stopping.IsCancellationRequested)
        {
            return new(TenantFailureKind.TimedOut, "the sign-in service (Entra ID) did not answer in time; check the network and proxy");
        }

        var who = settings is null ? "the app" : $"{Prefix}ClientId '{settings.ClientId}' in {Prefix}TenantId '{settings.TenantId}'";
        return new(TenantFailureKind.SignInRefused, Line($"Entra ID refused the sign-in of {who}: {FirstSentences(WithoutCredentialPrefix(exception.Message))}"));
    }

    private static TenantFailure Certificate(Exception exception, SharePointOptions? settings)
    {
        var file = exception as FileNotFoundException ?? Find<FileNotFoundException>(exception);
        var source = settings switch
        {
            { CertificateBase64: { Length: > 0 } } => $"{Prefix}CertificateBase64",
            { CertificatePath: { Length: > 0 } path } => $"{Prefix}CertificatePath '{path}'",
            _ when file?.FileName is { } name => $"{Prefix}CertificatePath '{name}'",
            _ => $"{Prefix}CertificatePath (or {Prefix}CertificateBase64)",
        };
        string? problem = exception switch
        {
            _ when file is not null => "does not exist",
            _ when (exception as DirectoryNotFoundException ?? Find<DirectoryNotFoundException>(exception)) is not null => "does not exist (no such folder)",
            _ when (exception as UnauthorizedAccessException ?? Find<UnauthorizedAccessException>(exception)) is not null => "cannot be read (permission denied)",
            _ => null,
        };
        if (problem is not null)
        {
            return new(TenantFailureKind.Certificate, $"cannot load the certificate: {source} {problem}");
        }

        var crypto = exception as CryptographicException ?? Find<CryptographicException>(exception);
        if (crypto is not null && IsWrongPassword(crypto))
        {
            var password = string.IsNullOrEmpty(settings?.CertificatePassword)
                ? $"{source} has a password; set {Prefix}CertificatePassword"
                : $"{Prefix}CertificatePassword does not open {source} (wrong password)";
            return new(TenantFailureKind.Certificate, $"cannot load the certificate: {password}");
        }

        return new(TenantFailureKind.Certificate, Line($"cannot load the certificate: {source} is not a PFX, or a PEM with its private key ({FirstSentences((crypto ?? exception).Message)})"));
    }

    private static TenantFailure Unreachable(HttpRequestException exception)
    {
        var cause = exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"the host name does not resolve ({exception.Message})",
            HttpRequestError.SecureConnectionError => $"the TLS handshake failed ({exception.Message}); check for a proxy or TLS inspection",
            _ when exception.StatusCode is { } status => $"it answered {(int)status} ({exception.Message})",
            _ => exception.Message,
        };
        return new(TenantFailureKind.Unreachable, Line($"cannot reach SharePoint or Graph: {cause}; check {Prefix}TenantUrl ({Prefix}GraphBaseUrl) and the network"));
    }

    /// <summary>The certificate problem under a credential's exception, if that is what it is.</summary>
    private static Exception? CertificateCause(Exception exception) =>
        (Exception?)Find<FileNotFoundException>(exception)
        ?? (Exception?)Find<DirectoryNotFoundException>(exception)
        ?? (Exception?)Find<UnauthorizedAccessException>(exception)
        ?? Find<CryptographicException>(exception);

    /// <summary>A PFX that the password does not open (Windows' and .NET's ERROR_INVALID_PASSWORD).</summary>
    private static bool IsWrongPassword(CryptographicException exception) =>
        exception.HResult == unchecked((int)0x80070056);

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is T found)
            {
                return found;
            }

            if (inner is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(e => e as T ?? Find<T>(e)).FirstOrDefault(e => e is not null);
            }
        }

        return null;
    }

    /// <summary>Azure.Identity starts its messages with the credential's name: "ClientCertificateCredential authentication failed: …".</summary>
    private static string WithoutCredentialPrefix(string message)
    {
        var marker = message.IndexOf("authentication failed: ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + "authentication failed: ".Length)..] : message;
    }

    /// <summary>The message up to its troubleshooting link or trace ids, which belong in logs, not in the line.</summary>
    private static string FirstSentences(string message)
    {
        var text = message;
        foreach (var cut in new[] { " See the troubleshooting guide", "\n", "\r", " Trace ID:", " https://" })
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        return text.Trim();
    }

    /// <summary>One line, at most <see cref="MaxLength"/> characters.</summary>
    private static string Line(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= MaxLength ? flat : flat[..(MaxLength - 1)] + "…";
    }
}
