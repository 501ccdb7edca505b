namespace PnpSamtale.SharePoint.Permissions;

/// <summary>One change to a scope's permissions, for <see cref="PermissionClient.ApplyAsync"/>.</summary>
/// <param name="Scope">The web, list or item.</param>
public abstract record PermissionChange(SecurableScope Scope);

/// <summary>Give the scope its own permissions.</summary>
/// <param name="Scope">The scope.</param>
/// <param name="CopyRoleAssignments">Copy the inherited assignments; <c>false</c> leaves only the caller (the app) with Full Control.</param>
/// <param name="ClearSubscopes">Reset children with unique permissions to inherit.</param>
public sealed record BreakInheritance(SecurableScope Scope, bool CopyRoleAssignments, bool ClearSubscopes) : PermissionChange(Scope);

/// <summary>Make the scope inherit again.</summary>
/// <param name="Scope">The scope.</param>
public sealed record ResetInheritance(SecurableScope Scope) : PermissionChange(Scope);

/// <summary>Grant a role to a user or group.</summary>
/// <param name="Scope">The scope (must have unique permissions).</param>
/// <param name="PrincipalId">The user or group id.</param>
/// <param name="RoleDefinitionId">The role definition id.</param>
public sealed record AddRoleAssignment(SecurableScope Scope, int PrincipalId, int RoleDefinitionId) : PermissionChange(Scope);

/// <summary>Withdraw a role from a user or group.</summary>
/// <param name="Scope">The scope.</param>
/// <param name="PrincipalId">The user or group id.</param>
/// <param name="RoleDefinitionId">The role definition id.</param>
public sealed record RemoveRoleAssignment(SecurableScope Scope, int PrincipalId, int RoleDefinitionId) : PermissionChange(Scope);
