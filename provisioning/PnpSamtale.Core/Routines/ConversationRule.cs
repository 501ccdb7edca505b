namespace PnpSamtale.Core.Routines;

/// <summary>A step that stands for conversations: who holds them and with whom.</summary>
/// <param name="Holder">The conversation holder ("samtaleansvarlig").</param>
/// <param name="Partner">The conversation partner ("samtalepartner").</param>
/// <param name="PerCampus">Holder and partner are paired within each campus ("på hvert studiested").</param>
/// <param name="Delegable">The holder may delegate the conversation to another person.</param>
public sealed record ConversationRule(PartySelector Holder, PartySelector Partner, bool PerCampus, bool Delegable);
