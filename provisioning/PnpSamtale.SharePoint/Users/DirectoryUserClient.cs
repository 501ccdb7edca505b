using Microsoft.Extensions.Options;
using PnpSamtale.SharePoint.Configuration;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Users;

/// <summary>Looks people up in the directory through Graph.</summary>
public sealed class DirectoryUserClient
{
    private readonly WireTransport transport;
    private readonly SharePointOptions options;

    /// <summary>Creates the client.</summary>
    public DirectoryUserClient(WireTransport transport, IOptions<SharePointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        this.transport = transport;
        this.options = options.Value;
    }

    /// <summary>The person with that UPN, or <c>null</c> when the directory has nobody by that name (404).</summary>
    public Task<DirectoryUser?> FindUserAsync(string userPrincipalName, CancellationToken cancellationToken) =>
        transport.FindJsonAsync<DirectoryUser>(DirectoryUserRequests.GetUser(options.GraphBaseUrl, userPrincipalName), cancellationToken);
}
