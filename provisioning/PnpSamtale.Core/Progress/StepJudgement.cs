namespace PnpSamtale.Core.Progress;

/// <summary>How a step of the routine is judged done or late.</summary>
public enum StepJudgement
{
    /// <summary>Once for the round, by the people of its responsible role marking it done in <c>Aktiviteter</c> (1.1, 1.2, 5.1).</summary>
    Round,

    /// <summary>A step that stands for conversations (3.x, 4.x): done when each of its conversations is held.</summary>
    Conversations,

    /// <summary>A step every conversation goes through (2.x): judged per conversation, by what the routine names as its evidence.</summary>
    PerConversation,

    /// <summary>
    /// Not judged: part of another step (2.3 is agreed in the conversation), done by the product (5.3, shredding at
    /// term end) or by nobody in particular.
    /// </summary>
    NotJudged,
}
