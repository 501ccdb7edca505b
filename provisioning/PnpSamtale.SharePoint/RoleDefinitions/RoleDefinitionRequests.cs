using System.Globalization;
using System.Text.Json.Nodes;
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

    /// <summary>
    /// <c>POST {site}/_api/web/roledefinitions</c> with <c>{"BasePermissions":{"High":"…","Low":"…"},"Description","Name"}</c>:
    /// a permission level of the site's own (as the CLI for Microsoft 365 adds one). Answered <c>201</c> with the level,
    /// its <c>Id</c> included. Not idempotent: a second send finds the name taken.
    /// </summary>
    public static WireRequest Create(Uri site, string name, string description, uint high, uint low)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var body = new JsonObject
        {
            ["BasePermissions"] = new JsonObject
            {
                ["High"] = high.ToString(CultureInfo.InvariantCulture),
                ["Low"] = low.ToString(CultureInfo.InvariantCulture),
            },
            ["Description"] = description,
            ["Name"] = name,
        };
        return SharePointRequest.Post(SharePointRequest.Api(site, "web/roledefinitions"), body);
    }
}
