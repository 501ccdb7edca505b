namespace PnpSamtale.Core.Progress;

/// <summary>What is late.</summary>
public enum LateKind
{
    /// <summary>A step done once for the round.</summary>
    RoundStep,

    /// <summary>A step of one conversation.</summary>
    ConversationStep,

    /// <summary>The follow-up of a measure agreed in a conversation.</summary>
    Measure,
}
