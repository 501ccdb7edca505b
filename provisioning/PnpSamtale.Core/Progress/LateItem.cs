using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Progress;

/// <summary>Something past its deadline and not done, and who is behind with it.</summary>
/// <param name="Kind">A round step, a conversation's step, or a measure's follow-up.</param>
/// <param name="Step">The routine's step (for a conversation: the per-conversation step, e.g. 2.2).</param>
/// <param name="Activity">The step's activity, as the routine says it.</param>
/// <param name="Responsible">
/// Who is behind: the holders of the step's role on the day, the conversation's holder, or its partner (2.5); empty
/// when nobody holds the role.
/// </param>
/// <param name="Role">The responsible role, for a step done by a role (e.g. <c>L-OU</c>).</param>
/// <param name="Conversation">The conversation, for a conversation's step or a measure.</param>
/// <param name="Unit">The campus (studiested) it belongs to, if any: the partner's for a conversation, the role's for a round step.</param>
/// <param name="Deadline">The deadline, moved to a business day as the routine's calendar says.</param>
/// <param name="BusinessDaysLate">Business days from the deadline to the day of the report (0 on a weekend right after it).</param>
/// <param name="Link">The item the responsible person works on, if known.</param>
public sealed record LateItem(
    LateKind Kind,
    StepId Step,
    string Activity,
    IReadOnlyList<ProgressPerson> Responsible,
    string? Role,
    LateConversation? Conversation,
    string? Unit,
    DateOnly Deadline,
    int BusinessDaysLate,
    Uri? Link);
