using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Planning;

/// <summary>Something in the plan the owner should look at: a conflict, an unfilled role, a date off the rule.</summary>
public sealed record PlanWarning(StepId? Step, string Message);
