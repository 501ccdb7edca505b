using PnpSamtale.Core.Conversations;

namespace PnpSamtale.Core.Planning;

/// <summary>A conversation with the window it must be held in.</summary>
public sealed record ConversationPlan(Conversation Conversation, DateWindow Window);
