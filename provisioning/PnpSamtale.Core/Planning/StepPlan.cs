using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Planning;

/// <summary>A step of the round with its window and a one-line explanation of how the window was found.</summary>
/// <param name="Step">The routine step.</param>
/// <param name="Phase">The phase it belongs to.</param>
/// <param name="Window">When it can happen.</param>
/// <param name="Explanation">How the dates follow from the rule, in Norwegian.</param>
/// <param name="Optional">The step takes place only when needed this season.</param>
/// <param name="IsSet">The date was set by the user (an actual or agreed date), not computed.</param>
public sealed record StepPlan(Step Step, Phase Phase, DateWindow Window, string Explanation, bool Optional, bool IsSet);
