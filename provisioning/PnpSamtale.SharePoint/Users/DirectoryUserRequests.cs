using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.Users;

/// <summary>Builders for directory users (Graph).</summary>
public static class DirectoryUserRequests
{
    /// <summary><c>GET {graph}/users/{upn}</c>.</summary>
    public static WireRequest GetUser(Uri graphBase, string userPrincipalName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPrincipalName);
        return GraphRequest.Get(GraphRequest.Api(graphBase, "users/" + ODataLiteral.Segment(userPrincipalName)));
    }
}
