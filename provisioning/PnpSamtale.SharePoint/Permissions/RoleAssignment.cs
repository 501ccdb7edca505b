using PnpSamtale.SharePoint.RoleDefinitions;

namespace PnpSamtale.SharePoint.Permissions;

/// <summary>Who holds which roles at a scope.</summary>
/// <param name="PrincipalId">The user or group id.</param>
/// <param name="Member">The user or group.</param>
/// <param name="RoleDefinitionBindings">The roles granted.</param>
public sealed record RoleAssignment(int PrincipalId, Principal Member, IReadOnlyList<RoleDefinition> RoleDefinitionBindings);
