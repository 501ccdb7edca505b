namespace PnpSamtale.Core.Conversations;

/// <summary>The conversations of a round and the problems met while deriving them.</summary>
public sealed record ConversationDerivation(IReadOnlyList<Conversation> Conversations, IReadOnlyList<DerivationProblem> Problems);
