namespace PnpSamtale.Jobs.HolderKickoff;

/// <summary>What became of one holder's kick-off mail in a run.</summary>
public enum KickoffOutcome
{
    /// <summary>Sent in this run.</summary>
    Sent = 0,

    /// <summary>Found in the sender's Sent Items: it went in an earlier run, and is not sent again.</summary>
    SentBefore = 1,

    /// <summary>A dry run: it would be sent.</summary>
    WouldSend = 2,

    /// <summary>The send's answer was lost: it may have gone. Not re-sent; the next run finds it in Sent Items if it went.</summary>
    Unknown = 3,

    /// <summary>Graph refused it; nothing went, the next run tries again.</summary>
    Failed = 4,
}
