namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>One holder's mail and what became of it.</summary>
/// <param name="Mail">The mail.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="Problem">Why it failed or is uncertain, if it did or is.</param>
public sealed record KickoffDelivery(KickoffMail Mail, KickoffOutcome Outcome, string? Problem = null);
