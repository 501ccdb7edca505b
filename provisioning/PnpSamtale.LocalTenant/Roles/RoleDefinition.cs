using System.Text.Json.Nodes;

namespace PnpSamtale.LocalTenant.Roles;

/// <summary>A permission level of a site.</summary>
internal sealed record RoleDefinition(int Id, string Name, string Description, int RoleTypeKind, bool Hidden, int Order, BasePermissions Permissions)
{
    /// <summary>The wire shape.</summary>
    public JsonObject ToJson() => new()
    {
        ["BasePermissions"] = Permissions.ToJson(),
        ["Description"] = Description,
        ["Hidden"] = Hidden,
        ["Id"] = Id,
        ["Name"] = Name,
        ["Order"] = Order,
        ["RoleTypeKind"] = RoleTypeKind,
    };
}
