using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Planning;

/// <summary>A round's plan: every step and conversation with its window, and what needs attention.</summary>
public sealed record Plan(
    Routine Routine,
    Term Term,
    DateOnly Start,
    IReadOnlyList<StepPlan> Steps,
    IReadOnlyList<ConversationPlan> Conversations,
    IReadOnlyList<PlanWarning> Warnings)
{
    /// <summary>The plan of one step, if the step occurs this round.</summary>
    public StepPlan? Find(StepId id) => Steps.FirstOrDefault(s => s.Step.Id == id);
}
