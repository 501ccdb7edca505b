using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Rosters;

namespace PnpSamtale.Core.Progress;

/// <summary>What a status report is computed from: trusted facts only.</summary>
/// <param name="Facts">
/// The round as the jobs read it: the steps' items, and the conversations and measures the owners-only register names,
/// with the form statuses it accepted.
/// </param>
/// <param name="Plan">
/// The round's plan, designed from the routine, the dates set at its start and the roster: its deadlines decide, not the
/// deadline columns of the items people edit.
/// </param>
/// <param name="Roster">The roster the OU keeps (<c>Verv</c>): names, who holds a role on the day, campuses.</param>
/// <param name="Today">The Oslo day the report is for.</param>
public sealed record ProgressRequest(RoundFacts Facts, Plan Plan, Roster Roster, DateOnly Today);
