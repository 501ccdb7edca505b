using Azure.Core;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>
/// Gets the bearer token for a request: audience <c>https://{tenant host}/.default</c> for SharePoint REST and
/// <c>https://graph.microsoft.com/.default</c> (the host of the Graph base URL) for Graph. Without a credential
/// (auth mode <c>None</c>, loopback only) there is no token.
/// </summary>
public sealed class AccessTokenSource
{
    private readonly TokenCredential? credential;
    private readonly Uri graphBaseUrl;

    /// <summary>Creates the source.</summary>
    /// <param name="credential">The credential, or <c>null</c> to send no <c>Authorization</c> header.</param>
    /// <param name="graphBaseUrl">The Graph root: requests under it get a Graph token, all others a SharePoint one.</param>
    public AccessTokenSource(TokenCredential? credential, Uri graphBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(graphBaseUrl);
        this.credential = credential;
        this.graphBaseUrl = graphBaseUrl;
    }

    /// <summary>The scope to ask for when calling <paramref name="requestUri"/>.</summary>
    public string ScopeFor(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        var graphRoot = graphBaseUrl.AbsoluteUri.TrimEnd('/');
        var isGraph = requestUri.AbsoluteUri.Equals(graphRoot, StringComparison.OrdinalIgnoreCase)
            || requestUri.AbsoluteUri.StartsWith(graphRoot + "/", StringComparison.OrdinalIgnoreCase);
        var audience = isGraph ? graphBaseUrl : requestUri;
        return "https://" + audience.Authority + "/.default";
    }

    /// <summary>The access token for <paramref name="requestUri"/>, or <c>null</c> when there is no credential.</summary>
    public async ValueTask<string?> GetTokenAsync(Uri requestUri, CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        // The Azure.Identity credentials cache tokens per scope, so asking on every request is cheap.
        var context = new TokenRequestContext([ScopeFor(requestUri)]);
        var token = await credential.GetTokenAsync(context, cancellationToken).ConfigureAwait(false);
        return token.Token;
    }
}
