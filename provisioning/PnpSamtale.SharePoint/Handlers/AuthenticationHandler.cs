using System.Net.Http.Headers;

namespace PnpSamtale.SharePoint.Handlers;

/// <summary>Adds <c>Authorization: Bearer …</c> with the token <see cref="AccessTokenSource"/> gives for the request's host.</summary>
public sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly AccessTokenSource tokens;

    /// <summary>Creates the handler.</summary>
    public AuthenticationHandler(AccessTokenSource tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        this.tokens = tokens;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri
            && await tokens.GetTokenAsync(uri, cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
