using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Routines;

/// <summary>When rounds start ("Oppstart/regelmessighet"): per season, a part of a month.</summary>
/// <param name="Text">The routine's own words, verbatim.</param>
/// <param name="Starts">The start per season; an annual routine has only <see cref="Season.Year"/>.</param>
public sealed record Cadence(string Text, IReadOnlyDictionary<Season, SeasonAnchor> Starts);
