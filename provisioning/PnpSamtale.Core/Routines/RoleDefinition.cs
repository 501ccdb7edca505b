namespace PnpSamtale.Core.Routines;

/// <summary>An entry of the routine's glossary of abbreviations ("Forkortelser ansvarlig").</summary>
public sealed record RoleDefinition(string Abbreviation, string Title);
