using PnpSamtale.Core.Progress;

namespace PnpSamtale.Jobs.Status;

/// <summary>Who is behind in a round, and where the round is.</summary>
/// <param name="Term">The round.</param>
/// <param name="Site">The round site.</param>
/// <param name="Progress">Every step's state and the late list.</param>
public sealed record RoundStatus(string Term, Uri Site, RoundProgress Progress);
