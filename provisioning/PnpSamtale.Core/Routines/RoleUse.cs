namespace PnpSamtale.Core.Routines;

/// <summary>A place where a routine names a role: the role and the source-map path of that place.</summary>
public sealed record RoleUse(string Role, string Path, StepId? Step);
