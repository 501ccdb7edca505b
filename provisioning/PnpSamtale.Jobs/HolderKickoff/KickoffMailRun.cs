namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>What a kick-off run did.</summary>
/// <param name="Round">The round.</param>
/// <param name="Deliveries">One per holder, in name order.</param>
public sealed record KickoffMailRun(string Round, IReadOnlyList<KickoffDelivery> Deliveries);
