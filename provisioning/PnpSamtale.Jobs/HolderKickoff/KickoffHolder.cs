using PnpSamtale.Core.Rosters;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>A conversation holder who gets a kick-off mail.</summary>
/// <param name="Upn">Their address.</param>
/// <param name="Name">Their name.</param>
/// <param name="Language">The language they read (Verv: Språk).</param>
public sealed record KickoffHolder(string Upn, string Name, Language Language);
