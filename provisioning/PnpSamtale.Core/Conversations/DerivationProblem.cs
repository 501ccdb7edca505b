using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Conversations;

/// <summary>Something the roster and routine together leave unresolved, reported rather than dropped.</summary>
/// <param name="Step">The step concerned, if any.</param>
/// <param name="Message">What is wrong and what to do, in Norwegian.</param>
public sealed record DerivationProblem(StepId? Step, string Message);
