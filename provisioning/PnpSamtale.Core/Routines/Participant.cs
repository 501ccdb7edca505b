namespace PnpSamtale.Core.Routines;

/// <summary>Someone invited to a step, e.g. the OU members and the organisation consultants for 1.1.</summary>
/// <param name="Role">The role invited.</param>
/// <param name="Optional">Participation is voluntary ("frivillig deltagelse").</param>
/// <param name="Representing">Only those of <paramref name="Role"/> who represent these bodies (e.g. VK, KKV).</param>
public sealed record Participant(string Role, bool Optional, IReadOnlyList<string> Representing);
