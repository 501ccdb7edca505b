using PnpSamtale.SharePoint.Permissions;

namespace PnpSamtale.SharePoint.RoleDefinitions;

/// <summary>A permission level of a site.</summary>
/// <param name="Id">The id, used as <c>roledefid</c> in role assignments (look it up per site; do not hard-code).</param>
/// <param name="Name">The localised name.</param>
/// <param name="Description">The localised description.</param>
/// <param name="RoleTypeKind">The language-independent kind.</param>
/// <param name="Hidden">Whether the level is hidden in the UI.</param>
/// <param name="Order">The display order.</param>
/// <param name="BasePermissions">The permissions it grants.</param>
public sealed record RoleDefinition(
    int Id, string Name, string? Description, RoleTypeKind RoleTypeKind, bool Hidden, int Order, BasePermissions BasePermissions);
