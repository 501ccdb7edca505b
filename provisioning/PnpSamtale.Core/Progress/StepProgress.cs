using PnpSamtale.Core.Output.Charts;
using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Progress;

/// <summary>Where a step of the round stands.</summary>
/// <param name="Step">The routine's step.</param>
/// <param name="Phase">Its phase.</param>
/// <param name="Judged">How it is judged.</param>
/// <param name="Earliest">The first day of its window in the plan, if known.</param>
/// <param name="Deadline">Its deadline: the plan's latest day (the latest measure's for measures), if known.</param>
/// <param name="State">Done, late, open, planned or not known yet.</param>
/// <param name="Total">What it is judged over: 1 for a round step; its conversations; every conversation; the measures with a deadline.</param>
/// <param name="Done">How many of those are done.</param>
/// <param name="Late">How many of those are late.</param>
public sealed record StepProgress(Step Step, Phase Phase, StepJudgement Judged, DateOnly? Earliest, DateOnly? Deadline, StepState State, int Total, int Done, int Late);
