using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Reminders;

namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>What the kick-off mails are made from.</summary>
/// <param name="Facts">The round as its lists say (the conversations the register names, their links and deadlines).</param>
/// <param name="Plan">The round's plan (each conversation's window, the pair's names, role and campus).</param>
/// <param name="Holder">A holder's name and language by address, from the roster.</param>
/// <param name="Stamp">When the mails are made (the calendar files' DTSTAMP).</param>
public sealed record KickoffInput(RoundFacts Facts, Plan Plan, Func<string, KickoffHolder> Holder, DateTimeOffset Stamp)
{
    /// <summary>The texts. Default the shipped ones.</summary>
    public KickoffTemplates Templates { get; init; } = KickoffTemplates.Default;
}
