using System.Reflection;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// Decorates every request with <c>User-Agent: NONISV|StInn|PnpSamtale/&lt;version&gt;</c>: SharePoint Online
/// prioritises well-decorated traffic when it throttles.
/// </summary>
public sealed class UserAgentHandler : DelegatingHandler
{
    /// <summary>The header value: <c>NONISV|StInn|PnpSamtale/</c> and the assembly's informational version.</summary>
    public static string UserAgent { get; } = "NONISV|StInn|PnpSamtale/" + Version();

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        return base.SendAsync(request, cancellationToken);
    }

    private static string Version() =>
        typeof(UserAgentHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(UserAgentHandler).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
