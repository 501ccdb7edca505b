using System.Globalization;
using PnpSamtale.SharePoint.Http;

namespace PnpSamtale.SharePoint.RoleDefinitions;

/// <summary>Builders for role definitions.</summary>
public static class RoleDefinitionRequests
{
    /// <summary><c>GET {site}/_api/web/roledefinitions</c>.</summary>
    public static WireRequest All(Uri site) =>
        SharePointRequest.Get(SharePointRequest.Api(site, "web/roledefinitions"));

    /// <summary><c>GET {site}/_api/web/roledefinitions/getbytype({kind})</c>.</summary>
    public static WireRequest GetByType(Uri site, RoleTypeKind kind) =>
        SharePointRequest.Get(SharePointRequest.Api(
            site, "web/roledefinitions/getbytype(" + ((int)kind).ToString(CultureInfo.InvariantCulture) + ")"));
}
