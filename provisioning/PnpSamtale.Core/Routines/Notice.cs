namespace PnpSamtale.Core.Routines;

/// <summary>A right or rule the partner is told about with the invitation, in Norwegian and English.</summary>
public sealed record Notice(string Id, string Text, string TextEn);
