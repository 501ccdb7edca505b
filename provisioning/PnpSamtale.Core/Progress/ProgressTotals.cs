using PnpSamtale.Core.Policies;

namespace PnpSamtale.Core.Progress;

/// <summary>The round in numbers.</summary>
/// <param name="RoundSteps">Steps judged once for the round (<see cref="StepJudgement.Round"/>).</param>
/// <param name="RoundStepsDone">Of those, done (or marked as not applying).</param>
/// <param name="RoundStepsLate">Of those, past their deadline and not done.</param>
/// <param name="Conversations">Conversations in the round (the register's, still in the design).</param>
/// <param name="Held">Of those, held.</param>
/// <param name="ConversationsLate">Of those, with at least one step or measure late.</param>
/// <param name="Forms">Forms per stage, as the register accepted them.</param>
public sealed record ProgressTotals(int RoundSteps, int RoundStepsDone, int RoundStepsLate, int Conversations, int Held, int ConversationsLate, IReadOnlyDictionary<FormStage, int> Forms);
